import { formatDate } from '../components/formatDate';
import type { StartContent } from '../content/load';
import { prepareOnce } from '../recommend/prepare';
import { withHosters } from './useHosters';

/**
 * Work the results page would otherwise do inside the click on "Voir mes
 * propositions", done ahead while the person answers: the recommender's
 * one-time preparation, and the browser's first date formatting (slow on
 * an old phone, fast afterwards).
 */
export function warmUp(content: StartContent, language: string): void {
  prepareOnce(withHosters(content));
  formatDate('2000-01-01', language);
}

import type { StartContent } from '../content/load';
import { prepareOnce } from '../recommend/prepare';
import { withHosters } from './useHosters';

/**
 * Work the results page would otherwise do inside the click on "Voir mes
 * propositions", done ahead while the person answers: the recommender's
 * one-time preparation.
 */
export function warmUp(content: StartContent): void {
  prepareOnce(withHosters(content));
}

import type { StartContent } from '../content/load';
import { recommend } from '../recommend/recommend';
import { withHosters } from './useHosters';

/**
 * Work the results page would otherwise do inside the click on "Voir mes
 * propositions", done ahead while the person answers: the recommender's
 * one-time preparation, and a first ranking, which also readies its code.
 */
export function warmUp(content: StartContent): void {
  try {
    recommend(
      { profile: 'individual', needs: ['email'], place: { kind: 'anywhere' }, budget: 'unknown' },
      withHosters(content),
    );
  } catch {
    // Only a head start: a ranking that fails here fails again on the results page,
    // which says so plainly (ErrorBoundary) instead of an error nobody sees.
  }
}

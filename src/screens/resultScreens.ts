/**
 * The screens that show hosters, in one chunk with the hosters and the
 * recommender, fetched while the person answers (src/app/laterScreens.tsx).
 */
export { CompareScreen } from './CompareScreen';
export { DetailScreen } from './DetailScreen';
export { ResultsScreen } from './ResultsScreen';
export { warmUp } from './warmUp';

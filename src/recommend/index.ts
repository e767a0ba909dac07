/** The recommender's public surface. */
export { recommend, recommendPrepared, defaultLimit, type RecommendOptions } from './recommend';
export { prepare, prepareOnce, type PreparedContent, type RecommendContent } from './prepare';
export { commonNeeds, noAccountNeeds } from './coverage';
export { priorityIds, isPriorityId } from './priorities';
export type * from './types';

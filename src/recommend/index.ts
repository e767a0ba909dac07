/** The recommender's public surface. */
export { recommend, recommendPrepared, defaultLimit, type RecommendOptions } from './recommend';
export { prepare, type PreparedContent, type RecommendContent } from './prepare';
export { commonNeeds } from './coverage';
export type * from './types';

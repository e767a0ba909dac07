/** The priorities the recommender understands, in the order a "what matters to you" question would list them. */
import type { PriorityId } from './types';

export const priorityIds: readonly PriorityId[] = [
  'association',
  'meet',
  'allInOne',
  'france',
  'longLived',
];

/** Keeps known priorities only, once each: a share link is untrusted input. */
export const isPriorityId = (value: unknown): value is PriorityId =>
  typeof value === 'string' && (priorityIds as readonly string[]).includes(value);

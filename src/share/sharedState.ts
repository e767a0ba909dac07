/**
 * What a share link (and a saved session) carries, and how untrusted values
 * are kept or dropped. A link or a stored session is untrusted input: every
 * part is checked with the wizard's zod schemas, a part that does not parse
 * is dropped and named, and the other parts are kept.
 */
import { z } from 'zod';
import { isPriorityId } from '../recommend/priorities';
import type { PriorityId } from '../recommend/types';
import { Answers } from '../wizard/answers';
import { sanitizeAnswers } from '../wizard/steps';

/** An association's size above this is not a size we believe (nor need). */
export const maxAccounts = 100_000;

export const Priority = z.custom<PriorityId>(isPriorityId, { error: 'unknown priority' });
export const Accounts = z.int().min(1).max(maxAccounts);

/**
 * The answers, plus what the recommender can also take but the wizard does
 * not ask yet: what matters to the person, and an association's size.
 */
export const SharedState = z.object({
  answers: Answers,
  priorities: z.array(Priority).optional(),
  accounts: Accounts.optional(),
});
export type SharedState = z.infer<typeof SharedState>;

/** One answer of `Answers` (profile, needs, place, budget, and any added later). */
export type AnswerPart = keyof Answers;
/** Read from the schema, so an answer added to `Answers` is checked and reported here too. */
export const answerParts = Object.keys(Answers.shape) as AnswerPart[];

/**
 * What was dropped, as ids the UI translates into one plain sentence:
 * - unreadable: nothing could be read (too long, not a link, not JSON…);
 * - version: made by a version of Boussole this one does not know;
 * - truncated: the link was cut short (its end mark is missing), so answers
 *   may be missing; the part that was cut, when known, is named too;
 * - an answer (profile, needs, place, budget…): that answer is left out,
 *   or for needs and priorities, some of them are;
 * - priorities, accounts: the same for the extras;
 * - other: a part this version does not know was ignored.
 */
export type DroppedPartId =
  'unreadable' | 'version' | 'truncated' | AnswerPart | 'priorities' | 'accounts' | 'other';
export interface DroppedPart {
  part: DroppedPartId;
}

/** Every id, in the order the UI should list them. */
export const droppedPartIds: readonly DroppedPartId[] = [
  'unreadable',
  'version',
  'truncated',
  ...answerParts,
  'priorities',
  'accounts',
  'other',
];

/** Each id once, in the order of `droppedPartIds`. */
export function droppedList(ids: Iterable<DroppedPartId>): DroppedPart[] {
  const set = new Set(ids);
  return droppedPartIds.filter((id) => set.has(id)).map((part) => ({ part }));
}

export interface Checked<T> {
  value: T;
  dropped: DroppedPartId[];
}

/** A decoded state before checking: any value may be wrong; undefined means absent. */
export interface RawSharedState {
  answers: Partial<Record<AnswerPart, unknown>>;
  priorities?: unknown;
  accounts?: unknown;
}

/**
 * Keeps each answer that parses (through the wizard's own `sanitizeAnswers`)
 * and names each one that was given but does not parse.
 */
export function checkAnswers(raw: Partial<Record<AnswerPart, unknown>>): Checked<Answers> {
  const answers = sanitizeAnswers(raw);
  const dropped = answerParts.filter(
    (part) => raw[part] !== undefined && answers[part] === undefined,
  );
  return { value: answers, dropped };
}

const Priorities = z.array(Priority);

/** Checks every part of a decoded state; never throws. */
export function checkSharedState(raw: RawSharedState): Checked<SharedState> {
  const { value: answers, dropped } = checkAnswers(raw.answers);
  const state: SharedState = { answers };
  if (raw.priorities !== undefined) {
    const parsed = Priorities.safeParse(raw.priorities);
    if (parsed.success) state.priorities = [...new Set(parsed.data)];
    else dropped.push('priorities');
  }
  if (raw.accounts !== undefined) {
    const parsed = Accounts.safeParse(raw.accounts);
    if (parsed.success) state.accounts = parsed.data;
    else dropped.push('accounts');
  }
  return { value: state, dropped };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

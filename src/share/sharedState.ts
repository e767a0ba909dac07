/**
 * What a share link (and a saved session) carries, and how untrusted values
 * are kept or dropped. A link or a stored session is untrusted input: every
 * part is checked with the wizard's zod schemas, a part that does not parse
 * is dropped and named, and the other parts are kept.
 */
import { z } from 'zod/mini';
import { Answers } from '../wizard/answers';
import { sanitizeAnswers } from '../wizard/steps';

/**
 * Everything a link carries: the answers, which now include what matters to
 * the person, an association's size and the quick path. (Until these were
 * asked, priorities and a size travelled beside the answers; they are
 * answers now, so a saved session keeps them too.)
 */
export const SharedState = z.object({ answers: Answers });
export type SharedState = z.infer<typeof SharedState>;

/** One answer of `Answers` (profile, needs, place, budget, and any added later). */
export type AnswerPart = keyof Answers;
/** Read from the schema, so an answer added to `Answers` is checked and reported here too. */
export const answerParts = Object.keys(Answers.shape) as AnswerPart[];

/**
 * The answers a notice names when dropped. The quick path's mark has no
 * name of its own for people: when it is dropped, "a part we do not know"
 * says it (and the tools, its real answer, are named as needs).
 */
type NamedPart = Exclude<AnswerPart, 'quick'>;
const namedParts = answerParts.filter((part): part is NamedPart => part !== 'quick');

/**
 * What was dropped, as ids the UI translates into one plain sentence:
 * - unreadable: nothing could be read (too long, not a link, not JSON…);
 * - version: made by a version of Boussole this one does not know;
 * - truncated: the link was cut short (its end mark is missing), so answers
 *   may be missing; the part that was cut, when known, is named too;
 * - an answer (profile, accounts, needs, place, budget, priorities…): that
 *   answer is left out, or for needs and priorities, some of them are;
 * - other: a part this version does not know was ignored.
 */
export type DroppedPartId = 'unreadable' | 'version' | 'truncated' | NamedPart | 'other';
export interface DroppedPart {
  part: DroppedPartId;
}

/** Every id, in the order the UI should list them. */
export const droppedPartIds: readonly DroppedPartId[] = [
  'unreadable',
  'version',
  'truncated',
  ...namedParts,
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
}

/**
 * Keeps each answer that parses (through the wizard's own `sanitizeAnswers`)
 * and names each one that was given but does not parse.
 */
export function checkAnswers(raw: Partial<Record<AnswerPart, unknown>>): Checked<Answers> {
  const answers = sanitizeAnswers(raw);
  const dropped = answerParts
    .filter((part) => raw[part] !== undefined && answers[part] === undefined)
    // A size without "my association" is not damage: it means nothing and goes quietly.
    .filter((part) => part !== 'accounts' || answers.profile === 'association')
    .map((part): DroppedPartId => (part === 'quick' ? 'other' : part));
  return { value: answers, dropped };
}

/** Checks every part of a decoded state; never throws. */
export function checkSharedState(raw: RawSharedState): Checked<SharedState> {
  const { value: answers, dropped } = checkAnswers(raw.answers);
  return { value: { answers }, dropped };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps the answers on this device: in the tab (sessionStorage) so a reload
 * loses nothing, or on the device (localStorage) when the person asks to
 * resume later. Pure: the storage is passed in, so workshop mode can pass
 * none and tests can pass a fake.
 *
 * Two keys (`sessionKeys`, which the privacy test allows): `sessionKey` in
 * the tab, `deviceKey` on the device, so the two are never confused (a tab's
 * answers are not "kept for later" unless the person asked). Each holds
 * versioned JSON: `{"v":1,"answers":{…}}`. What is stored is untrusted on the
 * way back (an older version, a hand edit, a full or forbidden storage):
 * nothing here throws, each valid answer is kept, and what was dropped is
 * named with the same ids as the share link.
 */
import type { Answers } from '../wizard/answers';
import {
  answerParts,
  checkAnswers,
  droppedList,
  isPlainObject,
  type Checked,
  type DroppedPart,
  type DroppedPartId,
} from './sharedState';

import { sessionKey, type StorageLike } from './storageAccess';

export { droppedPartIds, type DroppedPart, type DroppedPartId } from './sharedState';
export {
  browserStorage,
  deviceKey,
  forgetSession,
  hasSaved,
  sessionKey,
  sessionKeys,
  type StorageLike,
} from './storageAccess';

/** The version `saveSession` writes. */
export const sessionVersion = 1;
/** A stored value longer than this is not ours: refused before parsing. */
export const maxSessionLength = 4096;

export interface RestoredSession {
  answers: Answers;
  dropped: DroppedPart[];
}

/** Each version's reader of the stored `answers`. A version 2 adds its own, and upgrades. */
const readers: ReadonlyMap<number, (stored: Record<string, unknown>) => Checked<Answers>> = new Map(
  [[1, readV1]],
);

function readV1(stored: Record<string, unknown>): Checked<Answers> {
  const answers = stored.answers;
  if (!isPlainObject(answers)) return { value: {}, dropped: ['unreadable'] };
  const known = new Set<string>(answerParts);
  const checked = checkAnswers(answers);
  const unknownKeys = Object.keys(answers).some((key) => !known.has(key));
  return unknownKeys ? { ...checked, dropped: [...checked.dropped, 'other'] } : checked;
}

/**
 * Saves the answers (only the valid ones) under `key`: the tab's by default. Empty answers remove the key:
 * nothing is kept that is not needed. Returns false when the storage
 * refused (private mode, quota, storage turned off); the answers then live
 * only in the page.
 */
export function saveSession(
  storage: StorageLike | null | undefined,
  answers: Answers,
  key: string = sessionKey,
): boolean {
  if (!storage) return false;
  try {
    const { value } = checkAnswers(isPlainObject(answers) ? answers : {});
    if (Object.keys(value).length === 0) {
      storage.removeItem(key);
    } else {
      storage.setItem(key, JSON.stringify({ v: sessionVersion, answers: value }));
    }
    return true;
  } catch {
    return false;
  }
}

const restored = (answers: Answers, ids: DroppedPartId[]): RestoredSession => ({
  answers,
  dropped: droppedList(ids),
});

/**
 * The saved answers (under `key`: the tab's by default), each checked. Nothing saved (or a storage that cannot
 * be read) gives no answers and nothing dropped: there is nothing to tell.
 */
export function restoreSession(
  storage: StorageLike | null | undefined,
  key: string = sessionKey,
): RestoredSession {
  let text: unknown;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return restored({}, []);
  }
  if (text === null) return restored({}, []);
  try {
    if (typeof text !== 'string' || text.length > maxSessionLength) {
      return restored({}, ['unreadable']);
    }
    const stored: unknown = JSON.parse(text);
    if (!isPlainObject(stored)) return restored({}, ['unreadable']);
    const version = stored.v;
    const read = typeof version === 'number' ? readers.get(version) : undefined;
    if (read === undefined) {
      return restored({}, [Number.isInteger(version) ? 'version' : 'unreadable']);
    }
    const { value, dropped } = read(stored);
    return restored(value, dropped);
  } catch {
    // Invalid JSON, or anything we did not foresee: the answers are asked again.
    return restored({}, ['unreadable']);
  }
}

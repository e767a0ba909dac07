/**
 * Keeps the answers in a storage as they change: the tab's, so a reload
 * loses nothing, and the device's once the person asked to resume later.
 * Only the answers, under an allow-listed key; nothing when the storage is
 * null (workshop mode, tests).
 */
import { saveSession, sessionKey, type StorageLike } from '../share/sessionStore';
import type { Answers } from '../wizard/answers';

interface AnswersSource {
  getSnapshot: () => { context: { answers: Answers } };
  subscribe: (listener: (snapshot: { context: { answers: Answers } }) => void) => {
    unsubscribe: () => void;
  };
}

export function keepAnswers(
  actor: AnswersSource,
  storage: StorageLike | null,
  key: string = sessionKey,
): () => void {
  if (!storage) return () => undefined;
  let last = actor.getSnapshot().context.answers;
  const subscription = actor.subscribe(({ context }) => {
    if (context.answers === last) return;
    last = context.answers;
    saveSession(storage, last, key);
  });
  return () => {
    subscription.unsubscribe();
  };
}

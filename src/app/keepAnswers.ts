/**
 * Keeps the answers in this tab's storage as they change, so a reload loses
 * nothing. Only the answers, under one allow-listed key; nothing when the
 * storage is null (workshop mode, tests).
 */
import { saveSession, type StorageLike } from '../share/sessionStore';
import type { Answers } from '../wizard/answers';

interface AnswersSource {
  getSnapshot: () => { context: { answers: Answers } };
  subscribe: (listener: (snapshot: { context: { answers: Answers } }) => void) => {
    unsubscribe: () => void;
  };
}

export function keepAnswers(actor: AnswersSource, storage: StorageLike | null): () => void {
  if (!storage) return () => undefined;
  let last = actor.getSnapshot().context.answers;
  const subscription = actor.subscribe(({ context }) => {
    if (context.answers === last) return;
    last = context.answers;
    saveSession(storage, last);
  });
  return () => {
    subscription.unsubscribe();
  };
}

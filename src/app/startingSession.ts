/**
 * Where the wizard starts: a share link in the address wins, then answers
 * kept in this tab, then nothing. Whatever could not be read is listed, so
 * the person is told in one plain sentence (never a blank page).
 */
import { decodeShareFragment, readShareFragment, shareParam } from '../share/linkCodec';
import { restoreSession, type StorageLike } from '../share/sessionStore';
import type { DroppedPart } from '../share/sharedState';
import type { Answers } from '../wizard/answers';
import { withoutParam } from './workshop/fragment';

export interface StartingSession {
  answers: Answers;
  open?: 'results';
  from: 'link' | 'session' | 'none';
  dropped: DroppedPart[];
}

export function startingSession(hash: string, storage: StorageLike | null): StartingSession {
  const fragment = readShareFragment(hash);
  if (fragment !== null) {
    const { state, dropped } = decodeShareFragment(fragment);
    return { answers: state.answers, open: 'results', from: 'link', dropped };
  }
  const { answers, dropped } = restoreSession(storage);
  const any = Object.keys(answers).length > 0;
  return { answers, from: any || dropped.length > 0 ? 'session' : 'none', dropped };
}

/**
 * Where this page's wizard starts, from its address and this tab's storage.
 * An opened link leaves the address: its answers are now in the wizard, and a
 * later reload must not reopen a stale link.
 */
export function startFromAddress(storage: StorageLike | null): StartingSession {
  const { hash, pathname, search } = window.location;
  const starting = startingSession(hash, storage);
  if (starting.from === 'link') {
    window.history.replaceState(null, '', pathname + search + withoutParam(hash, shareParam));
  }
  return starting;
}

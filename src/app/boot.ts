/**
 * What a visit starts from, read once from the address and the tab's
 * storage before the app renders.
 */
import { readShareFragment } from '../share/linkCodec';
import { browserStorage, type StorageLike } from '../share/sessionStore';
import { startingSession, type StartingSession } from './startingSession';

export interface Boot {
  starting: StartingSession;
  storage: StorageLike | null;
}

export function boot(): Boot {
  const storage = browserStorage('session');
  const starting = startingSession(window.location.hash, storage);
  // A share link pasted into a tab that already shows Boussole only changes the
  // fragment: start again from it, as a fresh visit would.
  window.addEventListener('hashchange', () => {
    if (readShareFragment(window.location.hash) !== null) window.location.reload();
  });
  if (starting.from === 'link') {
    // The answers are now in the wizard: a later reload must not reopen a stale link.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return { starting, storage };
}

/**
 * What a visit starts from, read once from the address and the browser's
 * storage before the app renders.
 */
import { readShareFragment, shareParam } from '../share/linkCodec';
import { browserStorage, forgetSession, type StorageLike } from '../share/sessionStore';
import { startingSession, type StartingSession } from './startingSession';
import { withoutParam } from './workshop/fragment';
import { hashWithWorkshop, isWorkshopHash } from './workshop/workshopMode';

export interface Boot {
  starting: StartingSession;
  /** The tab's storage. Root keeps nothing in it while workshop mode is on. */
  storage: StorageLike | null;
  /** The device's storage, written only when the person asks to resume later. */
  device: StorageLike | null;
  /** Workshop mode (`#atelier` in the address). */
  workshop: boolean;
}

export function boot(): Boot {
  const { hash, pathname, search } = window.location;
  const workshop = isWorkshopHash(hash);
  const storage = browserStorage('session');
  const device = browserStorage('local');
  // A shared computer: whatever an earlier visit kept here goes, and nothing is read back.
  if (workshop) forgetSession(storage, device);
  const starting = startingSession(hash, workshop ? null : storage);
  // A share link pasted into a tab that already shows Boussole only changes the
  // fragment: start again from it, as a fresh visit would (in workshop mode still).
  window.addEventListener('hashchange', (event) => {
    const now = window.location.hash;
    if (readShareFragment(now) === null) return;
    if (isWorkshopHash(new URL(event.oldURL).hash) && !isWorkshopHash(now)) {
      const { pathname: path, search: query } = window.location;
      window.history.replaceState(null, '', path + query + hashWithWorkshop(now, true));
    }
    window.location.reload();
  });
  if (starting.from === 'link') {
    // The answers are now in the wizard: a later reload must not reopen a stale link.
    window.history.replaceState(null, '', pathname + search + withoutParam(hash, shareParam));
  }
  return { starting, storage, device, workshop };
}

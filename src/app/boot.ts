/**
 * What a visit starts from, checked once before the app renders, without
 * reading any answers: that needs the schemas, which come after the
 * welcome page (startFromAddress in the wizard's code).
 */
import { readShareFragment } from '../share/shareFragment';
import {
  browserStorage,
  forgetSession,
  hasSaved,
  sessionKey,
  type StorageLike,
} from '../share/storageAccess';
import { hashWithWorkshop, isWorkshopHash } from './workshop/workshopMode';

export interface Boot {
  /** The tab's storage. Root keeps nothing in it while workshop mode is on. */
  storage: StorageLike | null;
  /** The device's storage, written only when the person asks to resume later. */
  device: StorageLike | null;
  /** Workshop mode (`#atelier` in the address). */
  workshop: boolean;
  /** A share link in the address, or answers kept in this tab: the wizard starts from them. */
  hasAnswers: boolean;
}

export function boot(): Boot {
  const { hash } = window.location;
  const workshop = isWorkshopHash(hash);
  const storage = browserStorage('session');
  const device = browserStorage('local');
  // A shared computer: whatever an earlier visit kept here goes, and nothing is read back.
  if (workshop) forgetSession(storage, device);
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
  const hasAnswers =
    readShareFragment(hash) !== null || (!workshop && hasSaved(storage, sessionKey));
  return { storage, device, workshop, hasAnswers };
}

/**
 * Workshop mode lives in the address (`#atelier`), not in storage: on a
 * shared computer nothing may be kept on the device, yet a reload must stay
 * in workshop mode. The fragment is never sent to a server.
 */
import { fragmentOf, fragmentParams, withoutParam } from './fragment';

export const workshopParam = 'atelier';

export function isWorkshopHash(hash: string): boolean {
  return fragmentParams(hash).includes(workshopParam);
}

/** The fragment with workshop mode on or off; other parameters (a share link) are kept. */
export function hashWithWorkshop(hash: string, on: boolean): string {
  const others = fragmentParams(withoutParam(hash, workshopParam));
  return fragmentOf(on ? [workshopParam, ...others] : others);
}

/**
 * Writes the mode into the current address without a new history entry
 * (history entries belong to the wizard's steps, see historySync.ts), and
 * keeps the entry's state so Back and Forward still work.
 */
export function showWorkshopInAddress(on: boolean): void {
  const { pathname, search, hash } = window.location;
  const wanted = hashWithWorkshop(hash, on);
  if (wanted === hash) return;
  window.history.replaceState(window.history.state, '', pathname + search + wanted);
}

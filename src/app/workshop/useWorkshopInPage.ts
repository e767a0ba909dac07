/**
 * Workshop mode as the page shows it: the `workshop` class on <html> (its
 * styles) and `#atelier` in the address, kept in step when the person goes
 * back or edits the address.
 */
import { useEffect } from 'react';
import { isWorkshopHash, showWorkshopInAddress } from './workshopMode';

/** An entry the wizard wrote (see historySync.ts), as opposed to a fragment typed in. */
const isWizardEntry = (state: unknown): boolean =>
  typeof (state as { boussoleDepth?: unknown } | null)?.boussoleDepth === 'number';

export function useWorkshopInPage(workshop: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('workshop', workshop);
    showWorkshopInAddress(workshop);
    const onPopState = (event: PopStateEvent) => {
      if (isWizardEntry(event.state)) {
        // Back may return to an address written before the switch: the mode must
        // stay in the address, or a reload there would silently change it.
        showWorkshopInAddress(workshop);
      } else if (isWorkshopHash(window.location.hash) !== workshop) {
        // "#atelier" typed into the address: start again as a fresh visit would.
        window.location.reload();
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      root.classList.remove('workshop');
    };
  }, [workshop]);
}

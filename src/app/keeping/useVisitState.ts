/**
 * The state behind `Visit` (see visitContext.ts): workshop mode, answers
 * kept on the device, and the effects that follow from them.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RestoredSession } from '../../share/sessionStore';
import { deviceKey, forgetSession, hasSaved, type StorageLike } from '../../share/storageAccess';
import type { Answers } from '../../wizard/answers';
import type { StartingSession } from '../startingSession';
import { wizardKit, type WizardKit } from '../loadWizardKit';
import { useWorkshopInPage } from '../workshop/useWorkshopInPage';
import type { Visit, VisitNotice } from './visitContext';

interface Options {
  /** The tab's storage (sessionStorage); unused while workshop mode is on. */
  tab: StorageLike | null;
  /** The device's storage (localStorage), written only when the person asks. */
  device: StorageLike | null;
  workshopAtStart: boolean;
  starting: StartingSession | undefined;
  /** Starts a new wizard with these answers; 'results' opens them when complete. */
  restart: (answers: Answers, open?: 'results') => void;
}

/**
 * What the device kept from an earlier visit, if anything, even unreadable (to say so).
 * Without the wizard's code there is nothing to offer: the page only starts without it
 * when the device holds nothing (main.tsx).
 */
function keptOffer(kit: WizardKit | null, device: StorageLike | null): RestoredSession | null {
  if (!kit) return null;
  const kept = kit.restoreSession(device, deviceKey);
  return Object.keys(kept.answers).length > 0 || kept.dropped.length > 0 ? kept : null;
}

export function useVisitState({ tab, device, workshopAtStart, starting, restart }: Options): Visit {
  const [workshop, setWorkshopState] = useState(workshopAtStart);
  const from = starting?.from ?? 'none';
  // A reload in the middle of a journey the person chose to keep goes on keeping it.
  const [keptOnDevice, setKept] = useState(
    () => !workshopAtStart && from === 'session' && hasSaved(device, deviceKey),
  );
  // Offered only to a fresh start: a link or this tab's answers are more recent.
  const [offer, setOffer] = useState(() =>
    workshopAtStart || from !== 'none' ? null : keptOffer(wizardKit.now().module, device),
  );
  const [notice, setNotice] = useState<VisitNotice | null>(null);

  useWorkshopInPage(workshop);

  const setWorkshop = useCallback(
    (on: boolean) => {
      // A shared computer keeps nothing: not even what an earlier visit asked to keep.
      if (on) {
        forgetSession(tab, device);
        setKept(false);
        setOffer(null);
      }
      setWorkshopState(on);
    },
    [tab, device],
  );

  const keepOnDevice = useCallback(
    (answers: Answers) => {
      // Only offered off the welcome page, where the wizard's code is there.
      const saved = wizardKit.now().module?.saveSession(device, answers, deviceKey) ?? false;
      if (saved) setKept(true);
      return saved;
    },
    [device],
  );

  const acceptOffer = useCallback(() => {
    if (!offer) return;
    wizardKit.now().module?.saveSession(tab, offer.answers);
    setOffer(null);
    setKept(true);
    setNotice('resumed');
    restart(offer.answers, 'results');
  }, [offer, tab, restart]);

  const discardOffer = useCallback(() => {
    forgetSession(device);
    setOffer(null);
    setNotice('forgotten');
  }, [device]);

  const forget = useCallback(() => {
    forgetSession(tab, device);
    setKept(false);
    setOffer(null);
    setNotice('forgotten');
    restart({});
  }, [tab, device, restart]);

  const clearNotice = useCallback(() => {
    setNotice(null);
  }, []);

  return useMemo(
    () => ({
      workshop,
      setWorkshop,
      keptOnDevice: keptOnDevice && !workshop,
      keepOnDevice,
      offer,
      acceptOffer,
      discardOffer,
      forget,
      notice,
      clearNotice,
    }),
    [
      workshop,
      setWorkshop,
      keptOnDevice,
      keepOnDevice,
      offer,
      acceptOffer,
      discardOffer,
      forget,
      notice,
      clearNotice,
    ],
  );
}

/**
 * The wizard actor of a session, once its code is there (loadWizardKit.ts),
 * and the welcome page's way to start it: a start made before the code
 * arrived waits for it, then goes on.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Answers } from '../wizard/answers';
import { useLazyModuleInTransition } from './lazyModule';
import { wizardKit } from './loadWizardKit';
import type { StartEvent, WizardActor, WizardStart } from './wizardContext';

interface Session {
  answers: Answers;
  open?: 'results';
}

export function useWizard(session: Session): {
  actor: WizardActor | null;
  wizardStart: WizardStart;
} {
  const { module: kit, failed } = useLazyModuleInTransition(wizardKit);
  useEffect(() => {
    // main.tsx has usually asked already, in a task of its own: this shares that load, and
    // starts one where the page is drawn without it. A failure is shown on pressing a button.
    wizardKit.load().catch(() => undefined);
  }, []);
  // Made while rendering, so the first screen of a link or kept answers is drawn at once.
  const actor = useMemo(
    () => kit?.createWizard({ answers: session.answers, open: session.open }) ?? null,
    [kit, session],
  );
  const [waiting, setWaiting] = useState<StartEvent | null>(null);
  // A failure is only news once the person pressed: the first fetch happens unasked.
  const [pressed, setPressed] = useState(false);
  useEffect(() => {
    if (!actor || !waiting) return;
    actor.send({ type: waiting });
    setWaiting(null);
  }, [actor, waiting]);
  const wizardStart = useMemo<WizardStart>(
    () => ({
      start: (event) => {
        if (actor) {
          actor.send({ type: event });
          return;
        }
        setWaiting(event);
        setPressed(true);
        wizardKit.load().catch(() => {
          setWaiting(null);
        });
      },
      waiting: waiting !== null,
      failed: failed && pressed,
    }),
    [actor, waiting, failed, pressed],
  );
  return { actor, wizardStart };
}

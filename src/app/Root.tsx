import type { i18n } from 'i18next';
import { useCallback, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { StartContent } from '../content/load';
import type { ContentError } from '../content/validate';
import type { Answers } from '../wizard/answers';
import { browserStorage, type StorageLike } from '../share/storageAccess';
import { App } from './App';
import { ContentContext } from './contentContext';
import { KeepOnDevice } from './keeping/KeepOnDevice';
import { useVisitState } from './keeping/useVisitState';
import { VisitContext } from './keeping/visitContext';
import type { StartingSession } from './startingSession';
import { useWizard } from './useWizard';
import { WizardContext, WizardStartContext } from './wizardContext';
import { isWorkshopHash } from './workshop/workshopMode';

interface Props {
  i18n: i18n;
  /** What the questions need; the results screens bring the hosters when it has none. */
  content: StartContent;
  contentErrors: readonly ContentError[];
  /** Where the wizard starts (share link, kept answers); a fresh start when absent. */
  starting?: StartingSession;
  /** Where answers are kept in this tab; null keeps nothing (tests). */
  storage?: StorageLike | null;
  /** Where answers are kept for later, when asked; the browser's localStorage when absent. */
  device?: StorageLike | null;
  /** Workshop mode at start; read from the address (`#atelier`) when absent. */
  workshop?: boolean;
}

/**
 * Providers only: language, content, the visit (workshop mode, kept answers)
 * and the wizard actor. A new session (after a screen failed, for the next
 * person, after forgetting or resuming) is a new actor started with its answers.
 * The wizard's code follows the first page (loadWizardKit.ts): until then the
 * actor is null and the welcome page shows, in the same tree, so nothing is
 * redrawn when it arrives.
 */
export function Root({ i18n, content, contentErrors, starting, storage = null, ...props }: Props) {
  const [device] = useState(() =>
    props.device === undefined ? browserStorage('local') : props.device,
  );
  const [workshopAtStart] = useState(() => props.workshop ?? isWorkshopHash(window.location.hash));
  const [session, setSession] = useState<{ id: number; answers: Answers; open?: 'results' }>({
    id: 0,
    answers: starting?.answers ?? {},
    open: starting?.open,
  });
  const restart = useCallback((answers: Answers, open?: 'results') => {
    setSession((previous) => ({ id: previous.id + 1, answers, open }));
  }, []);
  const visit = useVisitState({ tab: storage, device, workshopAtStart, starting, restart });
  const { actor, wizardStart } = useWizard(session);
  return (
    <I18nextProvider i18n={i18n}>
      <ContentContext.Provider value={content}>
        <VisitContext.Provider value={visit}>
          <WizardContext.Provider key={session.id} value={actor}>
            <WizardStartContext.Provider value={wizardStart}>
              <App
                contentErrors={contentErrors}
                restartWith={restart}
                starting={session.id === 0 ? starting : undefined}
                // Workshop mode keeps nothing, not even in the tab.
                storage={visit.workshop ? null : storage}
              />
              <KeepOnDevice device={device} />
            </WizardStartContext.Provider>
          </WizardContext.Provider>
        </VisitContext.Provider>
      </ContentContext.Provider>
    </I18nextProvider>
  );
}

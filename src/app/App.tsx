import { Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentErrors } from '../components/ContentErrors';
import { DroppedNotice } from '../components/DroppedNotice';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ScreenFailed } from '../components/ScreenFailed';
import type { ContentError } from '../content/validate';
import type { Answers } from '../wizard/answers';
import type { StorageLike } from '../share/storageAccess';
import { loadResultScreens } from './laterScreens';
import type { StartingSession } from './startingSession';
import { GoBackContext } from './navigation';
import { useContent } from './contentContext';
import { whenIdle } from './whenIdle';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { wizardKit } from './loadWizardKit';
import { useKeepAnswers } from './useKeepAnswers';
import { useShownScreen } from './useShownScreen';
import { useWizardActor, useWizardStep } from './wizardContext';

interface Props {
  contentErrors: readonly ContentError[];
  /** Starts a new wizard with these answers (after a screen failed). */
  restartWith: (answers: Answers) => void;
  /** How this visit started, to say what a damaged link or session lost. */
  starting?: StartingSession;
  storage: StorageLike | null;
}

/** Picks the screen from the machine's state; the layout around it is the same everywhere. */
export function App({ contentErrors, restartWith, starting, storage }: Props) {
  const { t, i18n } = useTranslation(['common', 'wizard']);
  // Null on the welcome page until the wizard's code is there: the page works without it.
  const actor = useWizardActor();
  const step = useWizardStep();
  const history = useRef<{ goBack: () => void }>(null);
  const goBack = useCallback(() => history.current?.goBack(), []);
  const content = useContent();
  const { shown, screen } = useShownScreen(actor, step);

  useKeepAnswers(storage);

  useEffect(() => {
    // From the second question the results will be needed: fetch them while the person answers.
    // (Not during the first: the click that leaves it would wait for the code to be read.)
    // A failure is not shown here; the results screen says so if it is still missing then.
    if (step === 'welcome' || step === 'who') return;
    // After this click's frame: the preload tags the fetch adds would otherwise be part of it.
    const timer = setTimeout(() => {
      loadResultScreens().then(
        ({ warmUp }) => {
          whenIdle(() => {
            warmUp(content);
          });
        },
        () => undefined,
      );
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [step, content]);

  useEffect(() => {
    const kit = wizardKit.now().module;
    if (!actor || !kit) return;
    const sync = kit.syncHistory(actor);
    history.current = sync;
    return sync.stop;
  }, [actor]);

  useEffect(() => {
    // Written only when it changes: setting it restyles the whole page.
    if (document.documentElement.lang !== i18n.language) {
      document.documentElement.lang = i18n.language;
    }
    const name = t(`wizard:stepNames.${shown}` as 'wizard:stepNames.welcome');
    document.title = t('common:pageTitle', { step: name });
  }, [i18n.language, shown, t]);

  return (
    <GoBackContext.Provider value={goBack}>
      <SiteHeader />
      {/* Busy while the next screen is being drawn, just after the click's frame. */}
      <main id="main" aria-busy={shown === step ? undefined : true}>
        <ContentErrors errors={contentErrors} />
        {starting && starting.from !== 'none' && (
          <DroppedNotice from={starting.from} dropped={starting.dropped} />
        )}
        <ErrorBoundary
          fallback={(recover) => <ScreenFailed onRestart={recover} />}
          onRecover={() => {
            // Keep every answer that is still valid; the person walks through them again.
            const kit = wizardKit.now().module;
            const answers = actor?.getSnapshot().context.answers;
            restartWith(kit && answers ? kit.sanitizeAnswers(answers) : {});
          }}
        >
          <Suspense fallback={<p role="status">{t('common:loadingPage')}</p>}>{screen}</Suspense>
        </ErrorBoundary>
      </main>
      <SiteFooter onWelcome={shown === 'welcome'} />
    </GoBackContext.Provider>
  );
}

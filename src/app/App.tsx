import { Suspense, useCallback, useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentErrors } from '../components/ContentErrors';
import { DroppedNotice } from '../components/DroppedNotice';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ScreenFailed } from '../components/ScreenFailed';
import type { ContentError } from '../content/validate';
import type { Answers } from '../wizard/answers';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import type { StorageLike } from '../share/storageAccess';
import {
  LaterAccounts,
  LaterBudget,
  LaterCheck,
  LaterCompare,
  LaterDetail,
  LaterPlace,
  LaterPriorities,
  LaterQuick,
  LaterResults,
  LaterServices,
  LaterWho,
  loadResultScreens,
} from './laterScreens';
import type { StartingSession } from './startingSession';
import { GoBackContext } from './navigation';
import { useContent } from './contentContext';
import { whenIdle } from './whenIdle';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { wizardKit } from './loadWizardKit';
import { useWizardActor, useWizardStep } from './wizardContext';

// Only the welcome page is in the first download; the other screens follow it.
const screens: Record<string, ComponentType> = {
  welcome: WelcomeScreen,
  quick: LaterQuick,
  who: LaterWho,
  accounts: LaterAccounts,
  services: LaterServices,
  place: LaterPlace,
  budget: LaterBudget,
  priorities: LaterPriorities,
  check: LaterCheck,
  results: LaterResults,
  detail: LaterDetail,
  compare: LaterCompare,
};

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

  useEffect(() => {
    const kit = wizardKit.now().module;
    return actor && kit ? kit.keepAnswers(actor, storage) : undefined;
  }, [actor, storage]);

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
            warmUp(content, i18n.language);
          });
        },
        () => undefined,
      );
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [step, content, i18n.language]);

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
    const name = t(`wizard:stepNames.${step}` as 'wizard:stepNames.welcome');
    document.title = t('common:pageTitle', { step: name });
  }, [i18n.language, step, t]);

  const Screen = screens[step] ?? WelcomeScreen;
  return (
    <GoBackContext.Provider value={goBack}>
      <SiteHeader />
      <main id="main">
        <ContentErrors errors={contentErrors} />
        {starting && starting.from !== 'none' && (
          <DroppedNotice from={starting.from} dropped={starting.dropped} />
        )}
        {/* key: a new step is a new page, with fresh local state and focus. */}
        <ErrorBoundary
          fallback={(recover) => <ScreenFailed onRestart={recover} />}
          onRecover={() => {
            // Keep every answer that is still valid; the person walks through them again.
            const kit = wizardKit.now().module;
            const answers = actor?.getSnapshot().context.answers;
            restartWith(kit && answers ? kit.sanitizeAnswers(answers) : {});
          }}
        >
          <Suspense fallback={<p role="status">{t('common:loadingPage')}</p>}>
            <Screen key={step} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </GoBackContext.Provider>
  );
}

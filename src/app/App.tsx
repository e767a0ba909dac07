import { Suspense, useCallback, useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentErrors } from '../components/ContentErrors';
import { DroppedNotice } from '../components/DroppedNotice';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ScreenFailed } from '../components/ScreenFailed';
import type { ContentError } from '../content/validate';
import type { Answers } from '../wizard/answers';
import { sanitizeAnswers } from '../wizard/steps';
import { AccountsScreen } from '../screens/AccountsScreen';
import { BudgetScreen } from '../screens/BudgetScreen';
import { CheckScreen } from '../screens/CheckScreen';
import { PlaceScreen } from '../screens/PlaceScreen';
import { PrioritiesScreen } from '../screens/PrioritiesScreen';
import { QuickScreen } from '../screens/QuickScreen';
import { ServicesScreen } from '../screens/ServicesScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { WhoScreen } from '../screens/WhoScreen';
import type { StorageLike } from '../share/sessionStore';
import { syncHistory } from './historySync';
import { keepAnswers } from './keepAnswers';
import { LaterCompare, LaterDetail, LaterResults, loadResultScreens } from './laterScreens';
import type { StartingSession } from './startingSession';
import { GoBackContext } from './navigation';
import { useContent } from './contentContext';
import { whenIdle } from './whenIdle';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { WizardContext } from './wizardContext';

const screens: Record<string, () => ReactElement> = {
  welcome: WelcomeScreen,
  quick: QuickScreen,
  who: WhoScreen,
  accounts: AccountsScreen,
  services: ServicesScreen,
  place: PlaceScreen,
  budget: BudgetScreen,
  priorities: PrioritiesScreen,
  check: CheckScreen,
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
  const actor = WizardContext.useActorRef();
  const step = WizardContext.useSelector((s) => s.value);
  const history = useRef<ReturnType<typeof syncHistory>>(null);
  const goBack = useCallback(() => history.current?.goBack(), []);
  const content = useContent();

  useEffect(() => keepAnswers(actor, storage), [actor, storage]);

  useEffect(() => {
    // From the second question the results will be needed: fetch them while the person answers.
    // (Not during the first: the click that leaves it would wait for the code to be read.)
    // A failure is not shown here; the results screen says so if it is still missing then.
    if (step === 'welcome' || step === 'who') return;
    loadResultScreens().then(
      ({ warmUp }) => {
        whenIdle(() => {
          warmUp(content, i18n.language);
        });
      },
      () => undefined,
    );
  }, [step, content, i18n.language]);

  useEffect(() => {
    const sync = syncHistory(actor);
    history.current = sync;
    return sync.stop;
  }, [actor]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
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
            restartWith(sanitizeAnswers(actor.getSnapshot().context.answers));
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

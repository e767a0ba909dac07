/**
 * The screen on show for the machine's step. A new screen is drawn just
 * after the frame of the click that asked for it, in a render that can
 * pause (a deferred value), so the click answers at once on a slow phone
 * (issue 7). Until it is drawn, the screen before stays, seeing the state it
 * was made for (screenView.ts). Each step is a new page (its key): fresh
 * local state, and focus on its heading.
 */
import { useDeferredValue, useMemo, type ComponentType } from 'react';
import { WelcomeScreen } from '../screens/WelcomeScreen';
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
  questionScreensReady,
  resultScreensReady,
} from './laterScreens';
import { screenView } from './screenView';
import { WizardContext, type WizardActor } from './wizardContext';

const always = () => true;

// Only the welcome page is in the first download; the other screens follow it.
const screens: Record<string, { Screen: ComponentType; ready: () => boolean }> = {
  welcome: { Screen: WelcomeScreen, ready: always },
  quick: { Screen: LaterQuick, ready: questionScreensReady },
  who: { Screen: LaterWho, ready: questionScreensReady },
  accounts: { Screen: LaterAccounts, ready: questionScreensReady },
  services: { Screen: LaterServices, ready: questionScreensReady },
  place: { Screen: LaterPlace, ready: questionScreensReady },
  budget: { Screen: LaterBudget, ready: questionScreensReady },
  priorities: { Screen: LaterPriorities, ready: questionScreensReady },
  check: { Screen: LaterCheck, ready: questionScreensReady },
  results: { Screen: LaterResults, ready: resultScreensReady },
  detail: { Screen: LaterDetail, ready: resultScreensReady },
  compare: { Screen: LaterCompare, ready: resultScreensReady },
};

type Step = ReturnType<WizardActor['getSnapshot']>['value'];

export function useShownScreen(actor: WizardActor | null, step: Step) {
  const deferred = useDeferredValue(step);
  // A screen whose code is still on its way says "loading" at once, rather than
  // leaving the one before on show with no sign that the click was heard.
  const shown = screens[step]?.ready() === false ? step : deferred;
  const view = useMemo(() => (actor ? screenView(actor, shown) : null), [actor, shown]);
  const screen = useMemo(() => {
    const Screen = screens[shown]?.Screen ?? WelcomeScreen;
    return (
      <WizardContext.Provider value={view}>
        <Screen key={shown} />
      </WizardContext.Provider>
    );
  }, [view, shown]);
  return { shown, screen };
}

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
} from './laterScreens';
import type { LaterScreen } from './lazyScreens';
import { screenView } from './screenView';
import { WizardContext, type WizardActor, type WizardStep } from './wizardContext';

// Only the welcome page is in the first download; the other screens follow it.
const screens: Record<string, ComponentType | LaterScreen> = {
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

/** Whether a step's screen can be drawn without waiting for its code. */
const drawable = (step: string): boolean => {
  const Screen = screens[step];
  return !Screen || !('ready' in Screen) || Screen.ready();
};

export function useShownScreen(actor: WizardActor | null, step: WizardStep) {
  const deferred = useDeferredValue(step);
  // A screen whose code is still on its way says "loading" at once, rather than
  // leaving the one before on show with no sign that the click was heard.
  const shown = drawable(step) ? deferred : step;
  const view = useMemo(() => (actor ? screenView(actor, shown) : null), [actor, shown]);
  const screen = useMemo(() => {
    const Screen = screens[shown] ?? WelcomeScreen;
    return (
      <WizardContext.Provider value={view}>
        <Screen key={shown} />
      </WizardContext.Provider>
    );
  }, [view, shown]);
  return { shown, screen };
}

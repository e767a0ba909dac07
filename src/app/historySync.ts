/**
 * Keeps the browser's Back and Forward buttons in step with the wizard.
 * Each step the person reaches pushes one history entry; the browser's Back
 * becomes the machine's `nav.back`, so both buttons behave the same way.
 * Nothing goes in the address: answers never leave the device.
 */
import type { SnapshotFrom } from 'xstate';
import { QuickNeed } from '../wizard/answers';
import { isQuestionStep } from '../wizard/steps';
import type { WizardEvent } from '../wizard/steps';
import type { wizardMachine } from '../wizard/wizardMachine';

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;
interface Actor {
  send: (event: WizardEvent) => void;
  getSnapshot: () => WizardSnapshot;
  subscribe: (listener: (snapshot: WizardSnapshot) => void) => { unsubscribe: () => void };
}

const depthOf = (state: unknown): number | null => {
  const depth = (state as { boussoleDepth?: unknown } | null)?.boussoleDepth;
  return typeof depth === 'number' ? depth : null;
};

/** The event that replays the step the person had already passed (browser Forward). */
function forwardEvent(snapshot: WizardSnapshot): WizardEvent | null {
  const step = snapshot.value;
  const { answers } = snapshot.context;
  // The quick path's mark says which way the person had gone from the welcome page.
  if (step === 'welcome') return { type: answers.quick === true ? 'wizard.quick' : 'wizard.start' };
  if (step === 'check') return { type: 'answers.confirm' };
  if (step === 'quick') {
    const tools = answers.needs?.filter((n): n is QuickNeed => QuickNeed.safeParse(n).success);
    return { type: 'answer.submit', step, value: tools };
  }
  if (!isQuestionStep(step)) return null;
  switch (step) {
    case 'who':
      return { type: 'answer.submit', step, value: answers.profile };
    case 'accounts':
      return { type: 'answer.submit', step, value: answers.accounts };
    case 'services':
      return { type: 'answer.submit', step, value: answers.needs };
    case 'place':
      return { type: 'answer.submit', step, value: answers.place };
    case 'budget':
      return { type: 'answer.submit', step, value: answers.budget };
    case 'priorities':
      return { type: 'answer.submit', step, value: answers.priorities };
  }
}

/** Starts syncing; returns `goBack` for the in-page back links, and a cleanup. */
export function syncHistory(actor: Actor): { goBack: () => void; stop: () => void } {
  let depth = 0;
  // True while replaying a browser move: those steps must not push new entries.
  let replaying = false;
  let lastStep: string = actor.getSnapshot().value;
  window.history.replaceState({ boussoleDepth: depth }, '');

  const subscription = actor.subscribe((snapshot) => {
    const step = snapshot.value;
    if (step === lastStep) return;
    lastStep = step;
    if (replaying) return;
    depth += 1;
    window.history.pushState({ boussoleDepth: depth }, '');
  });

  const onPopState = (event: PopStateEvent) => {
    const target = depthOf(event.state);
    if (target === null) return;
    replaying = true;
    // A long press on Back can jump several entries at once.
    for (; depth > target; depth -= 1) actor.send({ type: 'nav.back' });
    for (; depth < target; depth += 1) {
      const forward = forwardEvent(actor.getSnapshot());
      if (forward) actor.send(forward);
    }
    replaying = false;
  };
  window.addEventListener('popstate', onPopState);

  return {
    goBack: () => {
      if (depth > 0) window.history.back();
      else actor.send({ type: 'nav.back' });
    },
    stop: () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    },
  };
}

/**
 * What a screen sees of the wizard: the actor itself while the machine is on
 * the screen's step; once the machine has moved on, the last snapshot of
 * that step. A screen stays on show until the next one is drawn
 * (useShownScreen.tsx), and must never draw a state it was not made for: a
 * detail page whose hoster was just closed, results whose answers were just
 * forgotten. Events still reach the machine, which ignores those meant for a
 * step it has left.
 */
import type { WizardActor, WizardStep } from './wizardContext';

type Snapshot = ReturnType<WizardActor['getSnapshot']>;

export function screenView(actor: WizardActor, step: WizardStep): WizardActor {
  let last = actor.getSnapshot();
  const getSnapshot = (): Snapshot => {
    const now = actor.getSnapshot();
    if (now.value === step) last = now;
    return last;
  };
  return new Proxy(actor, {
    get(target, property) {
      if (property === 'getSnapshot') return getSnapshot;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

/**
 * The one wizard actor of the app; screens select from it and send events.
 *
 * A plain context rather than @xstate/react's actor context: that one needs
 * the machine when the page starts, and the machine comes after the welcome
 * page (loadWizardKit.ts). Until it arrives the actor is null, the step is
 * the welcome page, and the welcome page's buttons wait for it.
 */
import { useSelector } from '@xstate/react';
import { createContext, useContext } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { WizardActor } from './wizardKit';

export type { WizardActor } from './wizardKit';
type WizardSnapshot = SnapshotFrom<WizardActor>;
/** A step of the machine: the screen it shows. */
export type WizardStep = WizardSnapshot['value'];
export type StartEvent = 'wizard.start' | 'wizard.quick';

const ActorContext = createContext<WizardActor | null>(null);

function useActorRef(): WizardActor {
  const actor = useContext(ActorContext);
  if (!actor)
    throw new Error('This screen needs the wizard: render it inside Root once it started');
  return actor;
}

export const WizardContext = {
  Provider: ActorContext.Provider,
  /** The actor; only for what is shown once the wizard has started (questions, results). */
  useActorRef,
  useSelector<T>(selector: (snapshot: WizardSnapshot) => T, compare?: (a: T, b: T) => boolean): T {
    return useSelector(useActorRef(), selector, compare);
  },
};

/** The actor, or null while its code is on its way: for what the welcome page also shows. */
export function useWizardActor(): WizardActor | null {
  return useContext(ActorContext);
}

/** Selects from the wizard's state, which is undefined while its code is on its way. */
export function useWizardSelector<T>(selector: (snapshot: WizardSnapshot | undefined) => T): T {
  return useSelector(useWizardActor() ?? undefined, selector);
}

/** The machine's step; the welcome page until the wizard has started. */
export function useWizardStep(): WizardStep {
  return useWizardSelector((snapshot) => snapshot?.value ?? 'welcome');
}

export interface WizardStart {
  /** Leaves the welcome page; waits for the wizard's code when it is not there yet. */
  start: (event: StartEvent) => void;
  /** A start is waiting for the code. */
  waiting: boolean;
  /** The code could not be fetched (no network): starting again tries again. */
  failed: boolean;
}

export const WizardStartContext = createContext<WizardStart | null>(null);

export function useWizardStart(): WizardStart {
  const start = useContext(WizardStartContext);
  if (!start) throw new Error('useWizardStart needs Root');
  return start;
}

/**
 * What the wizard needs beyond the welcome page: the statechart, the answer
 * schemas, reading back a share link or kept answers, and keeping answers
 * as they change. One module fetched after the welcome page is drawn
 * (loadWizardKit.ts), so the first download holds neither XState nor zod.
 */
import { createActor } from 'xstate';
import type { WizardInput } from '../wizard/steps';
import { wizardMachine } from '../wizard/wizardMachine';

export { keepAnswers } from './keepAnswers';
export { syncHistory } from './historySync';
export { startFromAddress } from './startingSession';
export { sanitizeAnswers } from '../wizard/steps';
export { restoreSession, saveSession } from '../share/sessionStore';

/**
 * A started wizard. The machine only assigns (no timers, nothing invoked),
 * so an actor left behind by a new session holds nothing once its
 * subscribers are gone.
 */
export function createWizard(input: WizardInput) {
  return createActor(wizardMachine, { input }).start();
}

export type WizardActor = ReturnType<typeof createWizard>;

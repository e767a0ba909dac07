import { createActorContext } from '@xstate/react';
import { wizardMachine } from '../wizard/wizardMachine';

/** The one wizard actor of the app; screens select from it and send events. */
export const WizardContext = createActorContext(wizardMachine);

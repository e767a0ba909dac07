import { useEffect } from 'react';
import { deviceKey, type StorageLike } from '../../share/sessionStore';
import { keepAnswers } from '../keepAnswers';
import { WizardContext } from '../wizardContext';
import { useVisit } from './visitContext';

/**
 * Once the person asked to resume later, their later answers follow on the
 * device too: what they resume is where they stopped, not where they asked.
 */
export function KeepOnDevice({ device }: { device: StorageLike | null }) {
  const actor = WizardContext.useActorRef();
  const { keptOnDevice } = useVisit();
  useEffect(
    () => keepAnswers(actor, keptOnDevice ? device : null, deviceKey),
    [actor, device, keptOnDevice],
  );
  return null;
}

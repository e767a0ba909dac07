import { useEffect } from 'react';
import { deviceKey, type StorageLike } from '../../share/storageAccess';
import { wizardKit } from '../loadWizardKit';
import { useWizardActor } from '../wizardContext';
import { useVisit } from './visitContext';

/**
 * Once the person asked to resume later, their later answers follow on the
 * device too: what they resume is where they stopped, not where they asked.
 */
export function KeepOnDevice({ device }: { device: StorageLike | null }) {
  const actor = useWizardActor();
  const { keptOnDevice } = useVisit();
  useEffect(() => {
    const kit = wizardKit.now().module;
    return actor && kit
      ? kit.keepAnswers(actor, keptOnDevice ? device : null, deviceKey)
      : undefined;
  }, [actor, device, keptOnDevice]);
  return null;
}

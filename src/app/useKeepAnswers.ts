import { useEffect } from 'react';
import type { StorageLike } from '../share/storageAccess';
import { wizardKit } from './loadWizardKit';
import { useWizardActor } from './wizardContext';

/**
 * Keeps the wizard's answers in `storage` under `key` as they change
 * (keepAnswers.ts), once the wizard is there; nothing when `storage` is null.
 */
export function useKeepAnswers(storage: StorageLike | null, key?: string): void {
  const actor = useWizardActor();
  useEffect(() => {
    // The actor is made from the wizard's code: when there is one, the code is there.
    const kit = wizardKit.now().module;
    return actor && kit ? kit.keepAnswers(actor, storage, key) : undefined;
  }, [actor, storage, key]);
}

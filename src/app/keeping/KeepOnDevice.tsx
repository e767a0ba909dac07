import { deviceKey, type StorageLike } from '../../share/storageAccess';
import { useKeepAnswers } from '../useKeepAnswers';
import { useVisit } from './visitContext';

/**
 * Once the person asked to resume later, their later answers follow on the
 * device too: what they resume is where they stopped, not where they asked.
 */
export function KeepOnDevice({ device }: { device: StorageLike | null }) {
  const { keptOnDevice } = useVisit();
  useKeepAnswers(keptOnDevice ? device : null, deviceKey);
  return null;
}

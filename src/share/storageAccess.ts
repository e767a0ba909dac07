/**
 * Where Boussole may keep answers, and the checks that need no reading:
 * whether something is there, and forgetting it. The first download uses
 * only these; reading the answers back (sessionStore.ts) checks them with
 * the schemas, which come later.
 */

/** The answers kept in this tab (sessionStorage), so a reload loses nothing. */
export const sessionKey = 'boussole.answers';
/** The answers kept on this device (localStorage), only after "Resume later". */
export const deviceKey = 'boussole.keptAnswers';
/** Every key Boussole may write, for the privacy test's allow-list and for `forgetSession`. */
export const sessionKeys: readonly string[] = [sessionKey, deviceKey];

/** The part of the Web Storage API we use (sessionStorage and localStorage both fit). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Whether something is stored under `key` (readable or not). Never throws. */
export function hasSaved(storage: StorageLike | null | undefined, key: string): boolean {
  try {
    return (storage?.getItem(key) ?? null) !== null;
  } catch {
    return false;
  }
}

/** "Forget my answers": removes every key Boussole may have written. Never throws. */
export function forgetSession(...storages: (StorageLike | null | undefined)[]): void {
  for (const storage of storages) {
    for (const key of sessionKeys) {
      try {
        storage?.removeItem(key);
      } catch {
        // A storage that cannot be written holds nothing of ours either.
      }
    }
  }
}

/**
 * The browser's storage, or null where there is none or reading it throws
 * (some private modes, storage turned off). Not pure: the app's one way in.
 */
export function browserStorage(kind: 'session' | 'local'): StorageLike | null {
  try {
    const scope = globalThis as { sessionStorage?: StorageLike; localStorage?: StorageLike };
    return (kind === 'session' ? scope.sessionStorage : scope.localStorage) ?? null;
  } catch {
    return null;
  }
}

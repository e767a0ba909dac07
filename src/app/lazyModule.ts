/**
 * Code that only some screens need (the searches and fuse.js under them, the
 * results screens, the QR encoder), fetched with a dynamic import the first
 * time it is wanted, so the first page does not download it (issue 7). The
 * first `load()` starts the fetch, later calls share it, a failed fetch may
 * be tried again, and `now()` gives the module synchronously once it is there.
 */
import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

export interface LazyState<T> {
  /** Null until the code has arrived. */
  module: T | null;
  /** The last try failed (offline before the app was kept, say). */
  failed: boolean;
}

export interface LazyModule<T> {
  load: () => Promise<T>;
  now: () => LazyState<T>;
  subscribe: (listener: () => void) => () => void;
}

export function lazyModule<T>(importCode: () => Promise<T>): LazyModule<T> {
  let state: LazyState<T> = { module: null, failed: false };
  let loading: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: LazyState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    load: () => {
      loading ??= importCode().then(
        (module) => {
          set({ module, failed: false });
          return module;
        },
        (error: unknown) => {
          loading = null;
          set({ module: null, failed: true });
          throw error;
        },
      );
      return loading;
    },
    now: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The module's state, rendering again when it arrives or fails (nothing is started). */
export function useLazyModule<T>(lazy: LazyModule<T>): LazyState<T> {
  return useSyncExternalStore(lazy.subscribe, lazy.now, lazy.now);
}

/**
 * The same, for code fetched while a slow phone is still starting (the
 * wizard's): what its arrival redraws is drawn in a transition, in short
 * slices a click can come between, instead of one long task (issue 7).
 */
export function useLazyModuleInTransition<T>(lazy: LazyModule<T>): LazyState<T> {
  const [state, setState] = useState(lazy.now);
  useEffect(() => {
    const update = () => {
      startTransition(() => {
        setState(lazy.now());
      });
    };
    // It may have arrived between this render and this subscription.
    update();
    return lazy.subscribe(update);
  }, [lazy]);
  return state;
}

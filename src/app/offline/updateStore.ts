/**
 * Whether a new version of the app is waiting to take over, and how to
 * switch to it. Kept outside React: the service worker is registered once
 * per page, while the prompt may render (and re-render) at any time.
 */
type Reload = () => Promise<void>;

let reload: Reload | null = null;
const listeners = new Set<() => void>();

/** Called when a new worker is installed and waiting; `apply` activates it and reloads. */
export function announceUpdate(apply: Reload): void {
  reload = apply;
  for (const listener of listeners) listener();
}

/** True once a new version is waiting. */
export function isUpdateWaiting(): boolean {
  return reload !== null;
}

/** Activates the waiting version; the page reloads under it, so old and new never mix. */
export function applyUpdate(): Promise<void> {
  return reload ? reload() : Promise.resolve();
}

export function onUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Registers the service worker that keeps the whole app for offline use
 * (scripts/vite/pwa.ts builds it). Loaded after the first render, so the
 * registration code never delays the first question.
 */
import { announceUpdate } from './updateStore';

export async function registerWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    // Only when a new worker is installed and waiting: the person chooses when to reload.
    onNeedRefresh: () => {
      announceUpdate(() => update(true));
    },
  });
}

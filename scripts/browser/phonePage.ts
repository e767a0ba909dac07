/**
 * A first visit as the benchmarks measure it: a fresh context (no cache, no
 * storage, no service worker), a phone-sized window as Lighthouse's mobile
 * profile, French, Slow 4G and the CPU slowed ×4 (throttle.ts). The context
 * is closed once `use` is done, even when it throws.
 */
import type { Browser, Page } from 'playwright-core';
import { throttle } from './throttle';

export interface PhonePageOptions {
  /** Source text run in the page before the app's own scripts (e.g. an observer). */
  initScript?: string;
  /** 'block' keeps the offline copy from installing, to see the app's own share of a figure. */
  serviceWorkers?: 'allow' | 'block';
}

export async function withPhonePage<T>(
  browser: Browser,
  options: PhonePageOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 412, height: 823 },
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  try {
    const page = await context.newPage();
    if (options.initScript) await page.addInitScript({ content: options.initScript });
    await throttle(page);
    return await use(page);
  } finally {
    await context.close();
  }
}

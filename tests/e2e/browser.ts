/**
 * Debian's Chromium driven by playwright-core (no browser download). Every
 * page records console errors, page errors and requests leaving localhost,
 * so each test can assert there were none.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
// One list of flags for the tests and the measuring scripts.
import { chromiumFlags, chromiumPath } from '../../scripts/browser/chromium';

export const baseUrl = (): string => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught errors and third-party requests seen so far. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request to ${url}`);
  });
  await page.goto(baseUrl());
  return { page, problems };
}

/**
 * Waits until the screen a click asked for is drawn: the app draws it just
 * after that click's frame, and marks the page busy until then.
 */
export async function screenDrawn(page: Page): Promise<void> {
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
}

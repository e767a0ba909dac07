/**
 * The welcome page is in index.html and works with the keyboard before the
 * scripts arrive. When they take it over, focus stays where the person put it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, launch, screenDrawn } from './browser';
import { settle } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const focusedText = () => document.activeElement?.textContent.trim() ?? '';

test('a button reached with Tab before the scripts arrive keeps focus, and Enter then works', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  // The entry script waits until the button has focus.
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(baseUrl(), { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Commencer' }).waitFor();
  for (let i = 0; i < 30 && (await page.evaluate(focusedText)) !== 'Commencer'; i += 1) {
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(focusedText)).toBe('Commencer');

  release();
  await settle(page);
  // The wizard's code arrives in the background; give its arrival time to redraw, too.
  await page.waitForTimeout(500);
  expect(await page.evaluate(focusedText)).toBe('Commencer');

  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect(await page.evaluate(focusedText)).toBe('Pour qui cherchez-vous ?');
  await context.close();
});

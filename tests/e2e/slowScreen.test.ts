/**
 * While the next screen is being drawn the app marks <main> busy. The
 * control just pressed then shows at once that it was heard. When that
 * takes long (the results on an old phone), the band below the screen steps
 * aside until the screen is there, rather than jump down under the person's
 * eyes; a quick screen leaves it where it is, with or without reduced motion.
 * The busy mark is set here by hand: how long a real screen takes depends on
 * the machine, and what is checked is what the page does with the mark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, openPage } from './browser';
import { settle } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const footerShown = (page: Page) =>
  page.evaluate(() => {
    const footer = document.querySelector('.site-footer');
    return footer !== null && getComputedStyle(footer).display !== 'none';
  });

/** Marks the screen busy, and says whether the band was still there in that frame. */
const markBusy = (page: Page, busy: boolean) =>
  page.evaluate((on) => {
    const main = document.querySelector('main');
    if (on) main?.setAttribute('aria-busy', 'true');
    else main?.removeAttribute('aria-busy');
    const footer = document.querySelector('.site-footer');
    return footer !== null && getComputedStyle(footer).display !== 'none';
  }, busy);

describe.each([{ motion: 'no-preference' as const }, { motion: 'reduce' as const }])(
  'with motion "$motion"',
  ({ motion }) => {
    test('the band below stays for a quick screen, steps aside for a slow one, and comes back with it', async () => {
      const { page, problems } = await openPage(browser, { reducedMotion: motion });
      await settle(page);
      expect(await footerShown(page)).toBe(true);

      // A quick screen: busy, then drawn within a few frames. The band never blinks.
      expect(await markBusy(page, true)).toBe(true);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      expect(await footerShown(page)).toBe(true);
      expect(await markBusy(page, false)).toBe(true);

      // A slow screen: the band goes, and is back as soon as the screen is there.
      expect(await markBusy(page, true)).toBe(true);
      await page.waitForFunction(() => {
        const footer = document.querySelector('.site-footer');
        return footer !== null && getComputedStyle(footer).display === 'none';
      });
      expect(await markBusy(page, false)).toBe(true);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  },
);

test('the control just pressed shows that it was heard while the next screen comes', async () => {
  const { page, problems } = await openPage(browser);
  // Once the app owns the page, so that what follows checks the app, not index.html alone.
  await settle(page);
  const start = page.getByRole('button', { name: 'Commencer' });
  await start.focus();
  const look = () =>
    start.evaluate((button) => {
      const style = getComputedStyle(button);
      return `${style.backgroundColor} ${style.color} ${style.cursor}`;
    });
  const before = await look();
  await markBusy(page, true);
  const busy = await look();
  expect(busy).not.toBe(before);
  expect(busy).toContain('progress');
  await markBusy(page, false);
  expect(await look()).toBe(before);
  expect(problems).toEqual([]);
  await page.context().close();
});

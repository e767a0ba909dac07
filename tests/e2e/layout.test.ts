import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch } from './browser';
import { pathsToEveryState, perform, settle } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The controls a finger may need to hit, and those smaller than 44×44 CSS pixels. */
function targets(page: Page): Promise<{ count: number; small: string[] }> {
  return page.$$eval('button, a[href], input, summary, select, textarea', (elements) => {
    const shown = elements
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }));
    const small = shown
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName} “${el.textContent.trim().slice(0, 40)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
    return { count: shown.length, small };
  });
}

describe.each(pathsToEveryState())('the $state screen', ({ events }) => {
  test('fits 320 px without horizontal scrolling, with 44 px targets and no motion', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      reducedMotion: 'reduce',
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(baseUrl());
    for (const event of events) {
      await perform(page, event);
      await settle(page);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const { count, small } = await targets(page);
    expect(count).toBeGreaterThan(1);
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await context.close();
  });
});

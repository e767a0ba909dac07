import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch } from './browser';
import { pathsToEveryState, perform, settle, type JourneyPath } from './journeyPaths';

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

/** A phone-sized page, with reduced motion, after the events of a path through the wizard. */
async function openAfter(events: JourneyPath['events'], width: number) {
  const context = await browser.newContext({
    viewport: { width, height: 640 },
    reducedMotion: 'reduce',
    locale: 'fr-FR',
  });
  const page = await context.newPage();
  await page.goto(baseUrl());
  for (const event of events) {
    await perform(page, event);
    await settle(page);
  }
  return { context, page };
}

describe.each(pathsToEveryState())('the $state screen', ({ events }) => {
  test('fits 320 px without horizontal scrolling, with 44 px targets and no motion', async () => {
    const { context, page } = await openAfter(events, 320);
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

test('on a 360 px phone, the names of the compared facts keep every word whole', async () => {
  const toCompare = pathsToEveryState().find((path) => path.state === 'compare');
  if (!toCompare) throw new Error('no path reaches the compare screen');
  const { context, page } = await openAfter(toCompare.events, 360);
  // A word cut at the end of a line is drawn in two boxes.
  const cut = await page.$$eval('table th[scope="row"]', (headers) =>
    headers.flatMap((header) => {
      const text = header.firstChild;
      if (!(text instanceof Text)) return [];
      const words = [...text.data.matchAll(/\S+/g)];
      return words.flatMap((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return range.getClientRects().length > 1 ? [word[0]] : [];
      });
    }),
  );
  expect(await page.locator('table th[scope="row"]').count()).toBeGreaterThan(5);
  expect(cut).toEqual([]);
  await context.close();
});

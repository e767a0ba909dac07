import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { baseUrl, launch } from './browser';
import { pathsToEveryState, perform, settle } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const viewports = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
];
const schemes = ['light', 'dark'] as const;
const paths = pathsToEveryState();

const configs = schemes.flatMap((colorScheme) =>
  viewports.map((viewport) => ({
    colorScheme,
    viewport,
    label: `${colorScheme}, ${viewport.width}×${viewport.height}`,
  })),
);

// One test per state and configuration: a failure names both, and each stays short.
describe.each(configs)('in $label', ({ colorScheme, viewport }) => {
  async function freshPage() {
    const context = await browser.newContext({ viewport, colorScheme, locale: 'fr-FR' });
    // Each path starts afresh: answers kept in the tab would pre-fill the questions.
    await context.addInitScript(() => {
      sessionStorage.clear();
    });
    return { context, page: await context.newPage() };
  }

  test.each(paths)('the $state state passes axe', async (path) => {
    const { context, page } = await freshPage();
    await page.goto(baseUrl());
    for (const event of path.events) {
      await perform(page, event);
      await settle(page);
    }
    const found = await axeViolations(page);
    await context.close();
    expect(found).toEqual([]);
  });

  test('a question with its error summary passes axe', async () => {
    const { context, page } = await freshPage();
    await page.goto(baseUrl());
    await perform(page, { type: 'wizard.start' });
    await perform(page, { type: 'answer.submit', step: 'who', value: undefined });
    await page.getByRole('alert').waitFor();
    const found = await axeViolations(page);
    await context.close();
    expect(found).toEqual([]);
  });
});

test('the paths cover every state of the wizard', () => {
  expect(paths.map((p) => p.state).sort()).toEqual(
    [
      'accounts',
      'budget',
      'check',
      'compare',
      'detail',
      'place',
      'priorities',
      'quick',
      'results',
      'services',
      'welcome',
      'who',
    ].sort(),
  );
});

test('the axe harness reports a planted violation (so a clean scan means something)', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(image);
  });
  expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  await context.close();
});

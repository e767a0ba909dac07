/**
 * fuse.js and the search code are not in the first download (issue 7,
 * performance budgets): the built app fetches them only once a search is
 * wanted, and the search then works as before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPage } from './browser';

/** A message only fuse.js carries: marks the script that holds it. */
const fuseMarker = 'Pattern length exceeds max of';
/** A country name only the place search carries. */
const placeSearchMarker = 'grand duche de luxembourg';

const dist = process.env.E2E_DIST ?? 'dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The built scripts this page has fetched so far, read from the build folder. */
function scriptsOf(page: Page): () => string[] {
  const files = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') files.add(new URL(request.url()).pathname);
  });
  return () => [...files].map((file) => readFileSync(path.join(dist, file), 'utf8'));
}

const holding = (scripts: () => string[], marker: string) => {
  const code = scripts();
  // The entry chunk at least: a check on nothing would pass for the wrong reason.
  expect(code.length).toBeGreaterThan(0);
  return code.some((text) => text.includes(marker));
};

/** A fresh first page (now watched), then on to the services question. */
async function reloadToServices(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: 'Pour moi' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
}

test('the first page carries no search code; the services search fetches it when first used', async () => {
  const { page, problems } = await openPage(browser);
  const scripts = scriptsOf(page);
  await reloadToServices(page);
  // The tiles are there before any search code.
  await expect
    .poll(() => page.getByRole('checkbox', { name: 'E-mail', exact: true }).count())
    .toBe(1);
  expect(holding(scripts, fuseMarker)).toBe(false);
  expect(holding(scripts, placeSearchMarker)).toBe(false);

  await page.getByRole('searchbox', { name: 'Chercher un outil' }).fill('whatsap');
  await expect
    .poll(() => page.getByRole('checkbox', { name: 'E-mail', exact: true }).count())
    .toBe(0);
  expect(await page.getByRole('checkbox', { name: 'Messagerie instantanée' }).count()).toBe(1);
  expect(holding(scripts, fuseMarker)).toBe(true);
  expect(problems).toEqual([]);
  await page.context().close();
});

test('the place question fetches its search code as it opens, and a département is found', async () => {
  const { page, problems } = await openPage(browser);
  const scripts = scriptsOf(page);
  await reloadToServices(page);
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  expect(holding(scripts, placeSearchMarker)).toBe(false);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('textbox', { name: 'Code postal, ville ou département' }).fill('Girnde');
  await page.getByRole('button', { name: 'Gironde (33)' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Gironde');
  expect(holding(scripts, placeSearchMarker)).toBe(true);
  expect(problems).toEqual([]);
  await page.context().close();
});

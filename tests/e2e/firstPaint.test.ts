import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPage, screenDrawn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('the welcome page is in the HTML itself, before any script runs', async () => {
  const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'Des outils en ligne éthiques, près de chez vous',
  );
  expect(await page.getByRole('button', { name: 'Commencer' }).isVisible()).toBe(true);
  expect(await page.getByText('Vos réponses restent sur cet appareil').first().isVisible()).toBe(
    true,
  );
  // The credits are folded: opened before any script runs, they must have their text.
  await page.getByText('À propos et crédits').click();
  expect(await page.getByText(/© GeoNames \(geonames\.org\), licence CC-BY-4\.0/).isVisible()).toBe(
    true,
  );
  expect(problems).toEqual([]);
  await page.context().close();
});

test('once the script runs, the same page answers, drawn once', async () => {
  const { page, problems } = await openPage(browser);
  const redrawn: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('redrawn')) redrawn.push(message.text());
  });
  // Again, now listening from the start: the script takes the written page over as it is.
  await page.reload();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await screenDrawn(page);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'Pour qui cherchez-vous ?',
  );
  // The written page was replaced, not doubled.
  expect(await page.locator('main').count()).toBe(1);
  expect(await page.locator('header.site-header').count()).toBe(1);
  expect(redrawn).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

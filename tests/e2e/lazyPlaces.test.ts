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

async function toPlace(page: import('playwright-core').Page) {
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: 'Pour moi' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
}

test('the commune list is fetched only once the person types a place', async () => {
  const { page, problems } = await openPage(browser);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await toPlace(page);
  await page.getByRole('checkbox', { name: 'Peu importe où' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await screenDrawn(page);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Combien pouvez-vous payer ?',
  );
  expect(fetched.filter((url) => url.includes('communes'))).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test('typing a town fetches the communes and offers it', async () => {
  const { page, problems } = await openPage(browser);
  await toPlace(page);
  await page
    .getByRole('textbox', { name: 'Code postal, ville ou département' })
    .fill('Villeurbane');
  await page
    .getByRole('button', { name: /^Villeurbanne/ })
    .first()
    .click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Villeurbanne');
  expect(problems).toEqual([]);
  await page.context().close();
});

/**
 * In the built app, the welcome page answers before the wizard's code has
 * arrived (src/app/loadWizardKit.ts): the request for it is held, the person
 * presses "Commencer", and the question opens once the code is let through.
 * A failed fetch is said when the person presses, and the next press tries
 * again; a share link waits in the address until the code is there.
 */
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const wizardCode = /\/assets\/wizardKit-[^/]*\.js$/;

async function pageWithHeldCode() {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  let held: (route: Route) => void = () => undefined;
  const asked = new Promise<Route>((resolve) => {
    held = resolve;
  });
  await page.route(wizardCode, (route) => {
    held(route);
  });
  await page.goto(baseUrl());
  // The code is asked for once the page has taken the welcome page over.
  const route = await asked;
  return { page, problems, route };
}

test('"Commencer" pressed before the code arrives opens the question once it does', async () => {
  const { page, problems, route } = await pageWithHeldCode();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('status').textContent()).resolves.toBe('Chargement de la page…');

  await route.continue();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
    .toBe('Pour qui cherchez-vous ?');
  expect(problems).toEqual([]);
  await page.context().close();
});

const failedFetch =
  "La suite n'a pas pu être chargée. Vérifiez la connexion, puis appuyez à nouveau.";

test('when the code cannot be fetched, the press says so, and the next press tries again', async () => {
  const { page, route } = await pageWithHeldCode();
  await route.abort('internetdisconnected');
  let offline = true;
  await page.unroute(wizardCode);
  await page.route(wizardCode, (again) =>
    offline ? again.abort('internetdisconnected') : again.continue(),
  );
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toBe(failedFetch);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Des outils en ligne éthiques, près de chez vous',
  );

  offline = false;
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
    .toBe('Pour qui cherchez-vous ?');
  await page.context().close();
});

test('a share link opened while the code cannot be fetched still opens once it can', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  let offline = true;
  await page.route(wizardCode, (route) =>
    offline ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto(`${baseUrl()}#r=1.wa.nev.pc69003.bm-`);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toBe(failedFetch);

  offline = false;
  await page.getByRole('button', { name: 'Commencer' }).click();
  // The page starts over (a reload) to read the link with the code.
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
    .toBe('Nos propositions pour vous');
  await context.close();
});

/**
 * Offline after one visit (issue 6): the app is served by a server of its
 * own, visited once, then the server is shut down and the browser put
 * offline. A full reload and a whole journey — a town found in the commune
 * list, the results, English — must still work, with no error.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from './browser';

let browser: Browser;
let server: PreviewServer;
let url: string;
/** A copy of the build, so that a test may publish a "new version" without touching the real one. */
let copy: string;

beforeAll(async () => {
  browser = await launch();
  copy = mkdtempSync(path.join(tmpdir(), 'boussole-offline-'));
  cpSync(process.env.E2E_DIST ?? 'dist', copy, { recursive: true });
});
afterAll(async () => {
  await browser.close();
  rmSync(copy, { recursive: true, force: true });
});

/** Its own server, so that "no network" is real: once closed, nothing answers. */
async function serve(): Promise<void> {
  server = await preview({
    build: { outDir: copy },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('the preview server did not report its address');
  url = local;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Console errors, uncaught errors and requests to any other origin. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:'))
      problems.push(`request to ${target}`);
  });
  return problems;
}

/** Waits until the worker has kept every file (it is active once its install is done). */
async function workerActive(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state ?? 'none'),
      { timeout: 20_000 },
    )
    .toBe('activated');
}

test('after one visit, the whole wizard works with no network, even after a reload', async () => {
  await serve();
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url);
  await expect.poll(() => heading(page).textContent()).toContain('Des outils en ligne');
  await workerActive(page);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await expect.poll(() => heading(page).textContent()).toContain('Des outils en ligne');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: 'Pour moi' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();

  // A town, not a département: only the commune list (a lazy file) knows it.
  await page
    .getByRole('textbox', { name: 'Code postal, ville ou département' })
    .fill('Villeurbane');
  await page
    .getByRole('button', { name: /^Villeurbanne/ })
    .first()
    .click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Villeurbanne');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await page.getByRole('radio', { name: 'Une adhésion de quelques euros par an' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect.poll(() => heading(page).textContent()).toBe("Qu'est-ce qui compte pour vous ?");
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Vérifiez vos réponses');
  expect(await page.getByRole('main').textContent()).toContain('Villeurbanne');
  await page.getByRole('button', { name: 'Voir mes propositions' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Nos propositions pour vous');
  expect(await page.getByRole('article').count()).toBe(3);

  // The second language is there too, and the answers stay.
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Our suggestions for you');
  expect(await page.getByRole('article').count()).toBe(3);

  expect(problems).toEqual([]);
  await context.close();
});

test('a new version waits until the person chooses to reload', async () => {
  await serve();
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url);
  await workerActive(page);
  const prompt = page.getByText('Une nouvelle version de Boussole est prête.');
  expect(await prompt.count()).toBe(0);

  // Publish a "new version": any change to the worker's file makes it new.
  appendFileSync(path.join(copy, 'sw.js'), '\n// next version\n');
  await page.reload();
  // The new worker first downloads the whole app again: give it time.
  await expect.poll(() => prompt.count(), { timeout: 20_000 }).toBe(1);
  // Until the person chooses, the page keeps working on the version it started with.
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Pour qui cherchez-vous ?');

  await page.getByRole('button', { name: 'Recharger la page' }).click();
  await expect.poll(() => prompt.count()).toBe(0);
  await expect.poll(() => heading(page).textContent()).not.toBe('');
  expect(problems).toEqual([]);
  await context.close();
  await server.close();
});

/**
 * A CHATON may host Boussole in a sub-folder: built with
 * `BASE_PATH=/boussole/`, served under /boussole/ by a plain static server.
 * This file builds its own copy (the shared build is served at the root),
 * serves it with the same security headers, and walks a whole journey
 * there: assets, the place data fetched on demand, history, share links.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './browser';

const base = '/boussole/';
let outDir: string;
let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'boussole-base-'));
  // The config reads BASE_PATH, as `BASE_PATH=/boussole/ npm run build` does.
  const before = process.env.BASE_PATH;
  process.env.BASE_PATH = base;
  try {
    await build({ base, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = before;
  }
  server = await preview({
    base,
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('the preview server did not report its address');
  url = new URL(base, local).href;
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
});

/**
 * A page that records console errors, page errors, failed responses and any
 * request that leaves this server or this sub-folder.
 */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  // The commune list is large: a slow or busy machine may take a while to read it.
  page.setDefaultTimeout(90_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const address = request.url();
    if (address.startsWith('data:')) return;
    if (!address.startsWith(url)) problems.push(`request outside ${base}: ${address}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  return { page, problems };
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const next = (page: Page) => page.getByRole('button', { name: 'Continuer', exact: true }).click();

/** After the place: every question with its first choice, until the results. */
async function answerTheRest(page: Page) {
  for (let step = 0; step < 10; step += 1) {
    const title = await heading(page).textContent();
    if (title === 'Nos propositions pour vous') return;
    const see = page.getByRole('button', { name: 'Voir mes propositions' });
    if ((await see.count()) > 0) {
      await see.click();
    } else {
      const main = page.getByRole('main');
      const choice = main.getByRole('radio').or(main.getByRole('checkbox')).first();
      if ((await choice.count()) > 0) await choice.check();
      await next(page);
    }
    await expect.poll(() => heading(page).textContent()).not.toBe(title);
  }
  throw new Error('the results were not reached');
}

describe(`served from a sub-folder (${base})`, () => {
  test(
    'a whole journey works: assets, place data, history and the share link',
    { timeout: 240_000 },
    async () => {
      const { page, problems } = await watchedPage();
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect.poll(() => heading(page).textContent()).toContain('Des outils en ligne');

      await page.getByRole('button', { name: 'Commencer', exact: true }).click();
      await page.getByRole('radio', { name: 'Pour moi' }).check();
      await next(page);
      await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
      await next(page);
      // Typing a town (misspelt) fetches the communes, a chunk under the sub-folder.
      await page
        .getByRole('textbox', { name: 'Code postal, ville ou département' })
        .fill('Villeurbane');
      await page
        .getByRole('button', { name: /^Villeurbanne/ })
        .first()
        .click();
      await expect
        .poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 })
        .toContain('Villeurbanne');
      await next(page);
      await answerTheRest(page);
      expect(await page.getByRole('article').count()).toBeGreaterThan(0);

      // The browser's Back stays inside the app, in the sub-folder.
      await page.goBack();
      await expect.poll(() => heading(page).textContent()).not.toBe('Nos propositions pour vous');
      expect(new URL(page.url()).pathname).toBe(base);
      await page.goForward();
      await expect.poll(() => heading(page).textContent()).toBe('Nos propositions pour vous');

      await page.getByRole('button', { name: 'Partager ces résultats' }).click();
      const link = await page
        .getByRole('textbox', { name: 'Lien vers ces résultats' })
        .inputValue();
      expect(link.startsWith(`${url}#r=`)).toBe(true);
      const titles = await page
        .getByRole('article')
        .getByRole('heading', { level: 2 })
        .allTextContents();

      const { page: other, problems: otherProblems } = await watchedPage();
      await other.goto(link);
      await expect.poll(() => heading(other).textContent()).toBe('Nos propositions pour vous');
      expect(
        await other.getByRole('article').getByRole('heading', { level: 2 }).allTextContents(),
      ).toEqual(titles);

      expect(problems).toEqual([]);
      expect(otherProblems).toEqual([]);
      await page.context().close();
      await other.context().close();
    },
  );

  test('the root of the server is not the app: every file came from the sub-folder', async () => {
    const { page } = await watchedPage();
    const files: string[] = [];
    page.on('request', (request) => files.push(new URL(request.url()).pathname));
    await page.goto(url);
    await heading(page).waitFor();
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((file) => !file.startsWith(base))).toEqual([]);
    await page.context().close();
  });
});

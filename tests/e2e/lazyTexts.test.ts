/**
 * The French texts that only the results, detail and compare screens show
 * are not in the first download (issue 7, performance budgets): they come
 * with those screens, and a screen never shows before its texts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPage } from './browser';
import { answerAsLyonAssociation } from './journeyPaths';

const dist = process.env.E2E_DIST ?? 'dist';
const locales = path.join('content', 'locales', 'fr');

/** The namespaces only the later screens use (scripts/vite/localeBundles.ts). */
const laterNamespaces = ['results', 'reasons', 'criteria', 'nextSteps', 'print'];

/** The longest plain sentence of a namespace: letters, spaces and commas only, as the bundle keeps it. */
function markerOf(namespace: string): string {
  const leaves = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(leaves)
        : [];
  const texts = leaves(JSON.parse(readFileSync(path.join(locales, `${namespace}.json`), 'utf8')));
  const plain = texts.filter((t) => /^[\p{L} ,.]+$/u.test(t)).sort((a, b) => b.length - a.length);
  const marker = plain[0];
  if (!marker || marker.length < 15) throw new Error(`no plain sentence in ${namespace}.json`);
  return marker;
}

const resultsTitle = 'Nos propositions pour vous';
const welcomeTitle = 'Des outils en ligne';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

test('the entry script carries the welcome texts but none of the results screens’ texts', () => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = /<script\b[^>]*\btype="module"[^>]*\bsrc="\.?\/?([^"]+)"/.exec(html)?.[1];
  expect(entry).toMatch(/^assets\/index-.*\.js$/);
  const code = readFileSync(path.join(dist, entry ?? ''), 'utf8');
  expect(code).toContain(welcomeTitle);
  for (const namespace of laterNamespaces) {
    expect(code, namespace).not.toContain(markerOf(namespace));
  }
});

test('results wait for their texts, then show them in French', async () => {
  // No service worker: every script the page asks for goes through the routes below.
  const { page, problems } = await openPage(browser, { serviceWorkers: 'block' });
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let heldTexts = 0;
  await page.route('**/*.js', async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(resultsTitle) && !body.includes(welcomeTitle)) {
      heldTexts += 1;
      await released;
    }
    await route.fulfill({ response, body });
  });
  await page.reload();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toContain(welcomeTitle);

  await page.getByRole('button', { name: 'Commencer' }).click();
  await answerAsLyonAssociation(page);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Vérifiez vos réponses');
  // Asked for from the second question on; still on its way.
  expect(heldTexts).toBe(1);
  await page.getByRole('button', { name: 'Voir mes propositions' }).click();
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'Chargement de la page…' }).count())
    .toBe(1);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
  expect(await page.locator('body').textContent()).not.toMatch(/\b(results|reasons|criteria):/);

  release();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(resultsTitle);
  const cards = page.getByRole('article');
  expect(await cards.count()).toBe(3);
  expect(await cards.first().getByRole('heading', { name: 'Vos outils chez eux' }).count()).toBe(1);
  expect(await page.locator('body').textContent()).not.toMatch(
    /\b(results|reasons|criteria|nextSteps|print):/,
  );
  expect(problems).toEqual([]);
  // Scripts still on their way (the QR encoder, fetched as results show) are let go quietly.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.context().close();
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, launch, openPage } from './browser';

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

test('the stylesheet is asked for first; the scripts, which the first paint does not need, follow at low priority', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const sent: { url: string; priority: string }[] = [];
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    sent.push({ url: request.url, priority: request.initialPriority });
  });
  await cdp.send('Network.enable');
  await page.goto(baseUrl());
  await page.getByRole('button', { name: 'Commencer' }).waitFor();
  // What index.html itself asks for (the page adds preloads of its own later, when idle).
  const html = await (await page.request.get(baseUrl())).text();
  const [sheet, ...scripts] = await page.evaluate((source) => {
    const written = new DOMParser().parseFromString(source, 'text/html');
    const url = (path: string | null) => new URL(path ?? '', document.baseURI).href;
    return [
      url(written.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? null),
      ...[...written.querySelectorAll('script[type="module"][src]')].map((script) =>
        url(script.getAttribute('src')),
      ),
      ...[...written.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
        url(link.getAttribute('href')),
      ),
    ];
  }, html);
  const order = (url: string | undefined) => sent.findIndex((request) => request.url === url);
  expect(scripts.length).toBeGreaterThan(0);
  expect(sent[order(sheet)]?.priority).toBe('VeryHigh');
  for (const script of scripts) {
    expect(order(script)).toBeGreaterThan(order(sheet));
    expect(sent[order(script)]?.priority).toBe('Low');
  }
  await context.close();
});

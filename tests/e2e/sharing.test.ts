import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage, screenDrawn } from './browser';
import { pathsToEveryState, perform, settle } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const cardNames = (page: Page) =>
  page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();

async function toResults(page: Page) {
  for (const event of pathsToEveryState().find((p) => p.state === 'results')?.events ?? []) {
    await perform(page, event);
    await settle(page);
  }
}

describe('share links', () => {
  test('a shared link opened in a fresh browser shows the same three hosters', async () => {
    const { page, problems } = await openPage(browser);
    await toResults(page);
    const names = await cardNames(page);
    expect(names).toHaveLength(3);
    await page.getByRole('button', { name: 'Partager ces résultats' }).click();
    const link = await page.getByRole('textbox', { name: 'Lien vers ces résultats' }).inputValue();
    expect(link).toMatch(/#r=1\./);
    await page.context().close();

    const fresh = await openPage(browser);
    await fresh.page.goto('about:blank');
    await fresh.page.goto(link);
    await settle(fresh.page);
    expect(await fresh.page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Nos propositions pour vous',
    );
    expect(await cardNames(fresh.page)).toEqual(names);
    expect(fresh.page.url()).not.toContain('#r=');
    expect([...problems, ...fresh.problems]).toEqual([]);
    await fresh.page.context().close();
  });

  test.each([
    ['truncated', '1.wa.nev.pc690'],
    ['altered', '1.wZ.nev.pc69003.bm-'],
    ['random bytes', '%F0%9F%92%A5%00%FF%FE<script>'],
    ['huge', 'x'.repeat(100_000)],
  ])('a %s link shows a notice and a working wizard', async (_, fragment) => {
    const { page, problems } = await openPage(browser);
    // Only the fragment changes: the app reloads itself on it, then reads the link.
    await page.goto(`${baseUrl()}#r=${fragment}`);
    const notice = page.getByText(/Ce lien était incomplet ou abîmé/);
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await screenDrawn(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Pour qui cherchez-vous ?',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a reload in the middle of the journey keeps the answers', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('radio', { name: 'Pour mon association' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await settle(page);
    await page.reload();
    await page.getByRole('button', { name: 'Commencer' }).click();
    expect(await page.getByRole('radio', { name: 'Pour mon association' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

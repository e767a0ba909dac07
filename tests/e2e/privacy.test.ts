import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deviceKey, sessionKey, sessionKeys } from '../../src/share/sessionStore';
import { baseUrl, launch, openPage } from './browser';
import { pathsToEveryState, perform, settle } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Storage keys the app may write: the answers in this tab, and on the device
 * once the person asks to resume later. Anything else is a leak.
 */
const allowedStorageKeys: readonly string[] = sessionKeys;

async function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
}

/** What each storage holds, by name. */
async function storageByKind(page: Page): Promise<{ local: string[]; session: string[] }> {
  return page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
}

describe('privacy on every path of the journey', () => {
  test.each(pathsToEveryState())(
    'reaching $state sends nothing elsewhere, sets no cookie and stores nothing',
    async ({ events }) => {
      const { page, problems } = await openPage(browser);
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await page.reload();
      for (const event of events) {
        await perform(page, event);
        await settle(page);
      }
      expect(problems).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect((await storageKeys(page)).filter((k) => !allowedStorageKeys.includes(k))).toEqual([]);
      // Nobody asked to resume later: nothing outlives the tab.
      const { local, session } = await storageByKind(page);
      expect(local).toEqual([]);
      expect(session.filter((k) => k !== sessionKey)).toEqual([]);
      expect(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      ).toEqual([]);
      await page.context().close();
    },
  );
});

describe('answers kept on the device', () => {
  test('only under the allowed key, and only after "Resume later"', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.getByRole('radio', { name: 'Pour moi' }).check();
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    expect((await storageByKind(page)).local).toEqual([]);
    await page.getByRole('button', { name: 'Reprendre plus tard' }).click();
    expect(await storageByKind(page)).toEqual({ local: [deviceKey], session: [sessionKey] });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('what the server and the links say', () => {
  test('the page is served with a strict Content-Security-Policy and no referrer', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(baseUrl());
    const headers = response?.headers() ?? {};
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await page.context().close();
  });

  test('every link to another site sends no referrer and cannot reach back', async () => {
    const { page } = await openPage(browser);
    for (const event of pathsToEveryState().find((p) => p.state === 'results')?.events ?? []) {
      await perform(page, event);
      await settle(page);
    }
    // Each card's next steps (with the hoster's contact links) are folded: open them, as a person would.
    const folded = page.locator('details > summary');
    await folded.first().waitFor();
    for (const summary of await folded.all()) await summary.click();
    const outbound = await page.$$eval('a[href]', (links) =>
      links
        .filter(
          (a) => new URL(a.getAttribute('href') ?? '', location.href).origin !== location.origin,
        )
        .map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })),
    );
    expect(outbound.length).toBeGreaterThan(3);
    for (const link of outbound) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    await page.context().close();
  });
});

/**
 * Workshop mode, "Resume later" and "Forget my answers" in Chromium, with
 * the real storages: what a shared computer keeps is read straight from
 * localStorage and sessionStorage.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeShareFragment } from '../../src/share/linkCodec';
import { deviceKey, sessionKey } from '../../src/share/sessionStore';
import type { Answers } from '../../src/wizard/answers';
import { axeViolations } from './axe';
import { baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Four answers: enough for results. */
const answers: Answers = {
  profile: 'individual',
  needs: ['email'],
  place: { kind: 'anywhere' },
  budget: 'free',
};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const results = 'Nos propositions pour vous';

async function stored(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...Object.keys(localStorage).map((k) => `local:${k}`),
    ...Object.keys(sessionStorage).map((k) => `session:${k}`),
  ]);
}

/** Opens the app at this fragment as a fresh load (from the same page, a fragment alone would not load it). */
async function openAt(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(baseUrl() + hash);
  await heading(page).waitFor();
}

/**
 * Answers every question with its first choice until the results: the
 * journey stays whole whatever questions the wizard asks.
 */
async function answerEverything(page: Page) {
  await page.getByRole('button', { name: 'Commencer', exact: true }).click();
  for (let step = 0; step < 12; step += 1) {
    const title = await heading(page).textContent();
    if (title === results) return;
    const see = page.getByRole('button', { name: 'Voir mes propositions' });
    if ((await see.count()) > 0) {
      await see.click();
    } else {
      const main = page.getByRole('main');
      const choice = main.getByRole('radio').or(main.getByRole('checkbox')).first();
      if ((await choice.count()) > 0) await choice.check();
      await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    }
    await expect.poll(() => heading(page).textContent()).not.toBe(title);
  }
  throw new Error('the results were not reached');
}

describe('workshop mode', () => {
  test('a full journey and "Next person" leave both storages empty; the mode survives a reload', async () => {
    const { page, problems } = await openPage(browser);
    await openAt(page, '#atelier');
    expect(await page.getByRole('switch', { name: 'Mode atelier' }).isChecked()).toBe(true);
    // Larger text: the root's size scales the whole page.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '20px',
    );

    await answerEverything(page);
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    expect(await stored(page)).toEqual([]);

    await page.getByRole('button', { name: 'Personne suivante' }).click();
    await page.getByRole('button', { name: 'Oui, effacer' }).click();
    await expect.poll(() => heading(page).textContent()).toContain('Des outils en ligne');
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await stored(page)).toEqual([]);

    await page.reload();
    await heading(page).waitFor();
    expect(new URL(page.url()).hash).toBe('#atelier');
    expect(await page.getByRole('switch', { name: 'Mode atelier' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    expect(await page.getByRole('main').getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await stored(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the switch on the welcome page writes "#atelier", and forgets what the tab kept', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.getByRole('radio', { name: 'Pour moi' }).check();
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    expect(await stored(page)).toEqual([`session:${sessionKey}`]);
    await page.getByRole('button', { name: 'Tout recommencer' }).click();

    await page.getByRole('switch', { name: 'Mode atelier' }).check();
    expect(new URL(page.url()).hash).toBe('#atelier');
    expect(await stored(page)).toEqual([]);
    await page.reload();
    await heading(page).waitFor();
    expect(await page.getByRole('switch', { name: 'Mode atelier' }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Personne suivante' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a share link opened in workshop mode shows its results and stores nothing', async () => {
    const { page, problems } = await openPage(browser);
    await openAt(page, `#atelier&r=${encodeShareFragment({ answers })}`);
    await expect.poll(() => heading(page).textContent()).toBe(results);
    expect(await page.getByRole('button', { name: 'Personne suivante' }).count()).toBe(1);
    // The link is read once; the mode stays in the address.
    expect(new URL(page.url()).hash).toBe('#atelier');
    expect(await stored(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('accessible at 320 px, in both colour schemes', () => {
  /** axe violations (unless told not to) and horizontal overflow of the page as it is now. */
  async function check(page: Page, where: string, axe = true): Promise<string[]> {
    const found = axe ? (await axeViolations(page)).map((v) => `${where}: ${v}`) : [];
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) found.push(`${where}: ${overflow}px wider than the screen`);
    return found;
  }

  test.each(['light', 'dark'] as const)(
    'workshop mode and the kept-answers offer pass axe (%s)',
    async (colorScheme) => {
      const { page, problems } = await openPage(browser, {
        viewport: { width: 320, height: 640 },
        colorScheme,
      });
      const found: string[] = [];
      await openAt(page, '#atelier');
      found.push(...(await check(page, 'workshop welcome')));
      await page.getByRole('button', { name: 'Commencer', exact: true }).click();
      await page.getByRole('button', { name: 'Personne suivante' }).click();
      await page.getByRole('button', { name: 'Oui, effacer' }).waitFor();
      found.push(...(await check(page, 'workshop, "Next person" asking')));
      await openAt(page, `#atelier&r=${encodeShareFragment({ answers })}`);
      await expect.poll(() => heading(page).textContent()).toBe(results);
      // The results themselves are scanned on every path by accessibility.test.ts; here,
      // what workshop mode changes: larger text must not widen the page.
      found.push(...(await check(page, 'workshop results', false)));

      // Out of workshop mode: the offer, then a question with "Resume later".
      await page.evaluate(
        ([key]) => {
          localStorage.setItem(key ?? '', '{"v":1,"answers":{"profile":"individual"}}');
        },
        [deviceKey],
      );
      await openAt(page, '');
      await page.getByRole('button', { name: 'Reprendre mes réponses' }).waitFor();
      found.push(...(await check(page, 'kept-answers offer')));
      await page.getByRole('button', { name: 'Reprendre mes réponses' }).click();
      await page.getByRole('button', { name: 'Commencer', exact: true }).click();
      found.push(...(await check(page, 'a question with "Resume later"')));
      expect(found).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

describe('resume later, forget my answers', () => {
  test('"Resume later", then a new page offers the answers back', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.getByRole('radio', { name: 'Pour moi' }).check();
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    expect(await stored(page)).toEqual([`session:${sessionKey}`]);
    await page.getByRole('button', { name: 'Reprendre plus tard' }).click();
    expect((await stored(page)).sort()).toEqual([`local:${deviceKey}`, `session:${sessionKey}`]);
    await page.close();

    // Another tab of the same browser: a new visit, with nothing in its own tab storage.
    const later = await page.context().newPage();
    await later.goto(baseUrl());
    await later.getByRole('button', { name: 'Reprendre mes réponses' }).click();
    await later.getByRole('button', { name: 'Commencer', exact: true }).click();
    expect(await later.getByRole('radio', { name: 'Pour moi' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await later.context().close();
  });

  test('"Forget my answers" clears every key, on the device and in the tab', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.getByRole('radio', { name: 'Pour moi' }).check();
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await page.getByRole('button', { name: 'Reprendre plus tard' }).click();
    expect(await stored(page)).toHaveLength(2);

    await page.getByRole('button', { name: 'Oublier mes réponses' }).click();
    await expect.poll(() => heading(page).textContent()).toContain('Des outils en ligne');
    expect(await stored(page)).toEqual([]);
    await page.reload();
    await heading(page).waitFor();
    expect(await page.getByRole('button', { name: 'Reprendre mes réponses' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

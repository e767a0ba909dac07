import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPage, screenDrawn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The accessible-ish name of the focused element, and whether a person can see it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', visible: false };
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const onTop = document.elementFromPoint(x, y);
    const visible =
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      (onTop === el || el.contains(onTop) || onTop?.tagName === 'LABEL');
    return { name: (label ?? el.textContent).trim(), visible };
  });
}

/** Presses Tab until the named control has focus, checking it is never hidden. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.name !== '') expect(now.visible, `${now.name} is focused but hidden`).toBe(true);
    if (now.name === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

test('a keyboard-only journey reaches the results, with focus on each new question', async () => {
  const { page, problems } = await openPage(browser);
  await tabTo(page, 'Commencer');
  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect((await focused(page)).name).toBe('Pour qui cherchez-vous ?');

  await tabTo(page, 'Pour moi');
  await page.keyboard.press('ArrowDown'); // radios move with arrows: "Pour mon association"
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect((await focused(page)).name).toBe("Combien de personnes auront besoin d'un compte ?");

  await tabTo(page, '1 à 5 personnes');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect((await focused(page)).name).toBe("Quels outils utilisez-vous aujourd'hui ?");

  await tabTo(page, 'E-mail');
  await page.keyboard.press('Space');
  await tabTo(page, 'Appels vidéo');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect(await heading(page)).toBe('Où êtes-vous ?');

  await page.keyboard.press('Tab');
  await page.keyboard.type('Lyon');
  await page.keyboard.press('Enter'); // Enter in a text field submits the form
  await screenDrawn(page);
  expect(await heading(page)).toBe('Combien pouvez-vous payer ?');

  await tabTo(page, 'Rien');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect(await heading(page)).toBe("Qu'est-ce qui compte pour vous ?");

  await tabTo(page, 'Les rencontrer en personne');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continuer');
  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect(await heading(page)).toBe('Vérifiez vos réponses');
  expect(await page.getByText('Les rencontrer en personne').count()).toBe(1);
  expect(await page.getByText('Une adhésion de quelques euros par an').count()).toBe(1);

  await tabTo(page, 'Voir mes propositions');
  await page.keyboard.press('Enter');
  await screenDrawn(page);
  expect(await heading(page)).toBe('Nos propositions pour vous');
  expect(await page.getByRole('article').count()).toBe(3);
  expect(problems).toEqual([]);

  // No trap: Tab goes through the whole results page and comes back to the top.
  const seen = new Set<string>();
  for (let i = 0; i < 150 && !seen.has('English'); i += 1) {
    await page.keyboard.press('Tab');
    seen.add((await focused(page)).name);
  }
  expect(seen).toContain('À propos et crédits');
  expect(seen).toContain('English');
});

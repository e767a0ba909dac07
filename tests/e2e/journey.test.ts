import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage } from './browser';
import { answerAsLyonAssociation } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe('an association in Lyon needing e-mail and video calls', () => {
  test('reaches three hosters with reasons, in French', async () => {
    const { page, problems } = await openPage(browser);
    await expect.poll(() => heading(page).textContent()).toContain('Des outils en ligne');
    await page.getByRole('button', { name: 'Commencer' }).click();

    await answerAsLyonAssociation(page);

    await expect.poll(() => heading(page).textContent()).toBe('Vérifiez vos réponses');
    await page.getByRole('button', { name: 'Voir mes propositions' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Nos propositions pour vous');
    const cards = page.getByRole('article');
    expect(await cards.count()).toBe(3);
    for (const card of await cards.all()) {
      expect(await card.getByRole('heading', { level: 2 }).textContent()).not.toBe('');
      expect(await card.getByRole('heading', { name: 'Vos outils chez eux' }).count()).toBe(1);
    }
    expect(problems).toEqual([]);
  });

  test('reaches three hosters in English, chosen on the welcome page', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Ethical online tools, near you');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Start' }).click();

    await page.getByRole('radio', { name: 'For my association' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: '6 to 20 people' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Video calls' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('textbox', { name: 'Postcode, town or département' }).fill('69003');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: 'A membership of a few euros a year' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    // "What matters to you" is optional.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'See my suggestions' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Our suggestions for you');
    expect(await page.getByRole('article').count()).toBe(3);
    expect(await page.getByRole('heading', { name: 'Why them' }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('navigation', () => {
  test("the browser's Back button goes to the previous question and keeps the answer", async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('radio', { name: 'Pour moi' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect
      .poll(() => heading(page).textContent())
      .toBe("Quels outils utilisez-vous aujourd'hui ?");

    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Pour qui cherchez-vous ?');
    expect(await page.getByRole('radio', { name: 'Pour moi' }).isChecked()).toBe(true);

    await page.goForward();
    await expect
      .poll(() => heading(page).textContent())
      .toBe("Quels outils utilisez-vous aujourd'hui ?");
    expect(problems).toEqual([]);
  });

  test('switching language on the check page keeps every answer', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('radio', { name: 'Pour moi' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('checkbox', { name: 'Je ne sais pas encore' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('checkbox', { name: 'Peu importe où' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('radio', { name: 'Rien' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('button', { name: 'Continuer' }).click();

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Check your answers');
    const summary = await page.getByRole('main').textContent();
    expect(summary).toContain('For me');
    expect(summary).toContain("I don't know yet");
    expect(summary).toContain('Anywhere is fine');
    expect(summary).toContain('Nothing');
    expect(summary).toContain('Nothing in particular');
    expect(problems).toEqual([]);
  });

  test('focus moves to the heading of each new question', async () => {
    const { page } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Pour qui cherchez-vous ?');
  });
});

describe('the quick path: a tool today, without an account', () => {
  test('goes from the welcome page to results that need no account', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: "J'ai juste besoin d'un outil, sans compte" }).click();
    await expect
      .poll(() => heading(page).textContent())
      .toBe("De quel outil avez-vous besoin aujourd'hui ?");
    await page.getByRole('checkbox', { name: 'Écrire un texte à plusieurs' }).check();
    await page.getByRole('button', { name: 'Voir les outils sans compte' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Nos propositions pour vous');
    const main = page.getByRole('main');
    await expect
      .poll(() => main.textContent())
      .toContain('Seulement des services sans compte à créer.');
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    expect(await main.getByText('Pas besoin de créer un compte.').count()).toBeGreaterThan(0);

    // Back returns to the tools, still ticked.
    await page.getByRole('button', { name: 'Retour' }).first().click();
    await expect
      .poll(() => heading(page).textContent())
      .toBe("De quel outil avez-vous besoin aujourd'hui ?");
    expect(
      await page.getByRole('checkbox', { name: 'Écrire un texte à plusieurs' }).isChecked(),
    ).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('a mediator helping someone', () => {
  test('the questions speak of "la personne", up to the results', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('radio', { name: "Pour une personne que j'aide" }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Où est la personne ?');
    await page.getByRole('textbox', { name: 'Code postal, ville ou département' }).fill('29200');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect
      .poll(() => heading(page).textContent())
      .toBe('Combien la personne peut-elle payer ?');
    await page.getByRole('radio', { name: 'Rien' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect
      .poll(() => heading(page).textContent())
      .toBe("Qu'est-ce qui compte pour la personne ?");
    await page.getByRole('checkbox', { name: 'Les rencontrer en personne' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Vérifiez vos réponses');
    const summary = await page.getByRole('main').textContent();
    expect(summary).toContain("Pour une personne que j'aide");
    expect(summary).toContain('Les rencontrer en personne');
    await page.getByRole('button', { name: 'Voir mes propositions' }).click();
    await expect.poll(() => heading(page).textContent()).toMatch(/propositions pour/);
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('check answers', () => {
  test('"Modifier" opens one question with its answer, and Continue comes back', async () => {
    const { page, problems } = await openPage(browser);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('radio', { name: 'Pour moi' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('checkbox', { name: 'Peu importe où' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('radio', { name: 'Rien' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Vérifiez vos réponses');

    await page.getByRole('button', { name: /Modifier la réponse « Budget »/ }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Combien pouvez-vous payer ?');
    expect(await page.getByRole('radio', { name: 'Rien' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Quelques euros par mois' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    // Straight back, without walking through "what matters" again.
    await expect.poll(() => heading(page).textContent()).toBe('Vérifiez vos réponses');
    const summary = await page.getByRole('main').textContent();
    expect(summary).toContain('Quelques euros par mois');
    expect(summary).toContain('Rien de particulier');
    await page.getByRole('button', { name: 'Voir mes propositions' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Nos propositions pour vous');
    expect(problems).toEqual([]);
  });
});

describe('comparing hosters', () => {
  test('two ticked hosters appear side by side, each with its tools and sign-up', async () => {
    const { page, problems } = await openPage(browser);
    // A share link is the shortest way to the results of an association in Lyon.
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}#r=1.wa.nev.pc69003.bm-`);
    await expect.poll(() => heading(page).textContent()).toBe('Nos propositions pour vous');
    const names = await page
      .getByRole('article')
      .getByRole('heading', { level: 2 })
      .allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);

    for (const name of names.slice(0, 2)) {
      await page.getByRole('checkbox', { name: `Comparer ${name}` }).check();
    }
    await page.getByRole('button', { name: /^Comparer \(/ }).click();

    const table = page.getByRole('table');
    await table.waitFor();
    const columns = await table.getByRole('columnheader').allTextContents();
    for (const name of names.slice(0, 2)) expect(columns.join(' ')).toContain(name);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(
      expect.arrayContaining(['Vos outils chez eux', "Comment s'inscrire"]),
    );
    expect(problems).toEqual([]);
  });
});

/**
 * The screens after the results, as a person reaches them: a hoster's
 * detail page, and the comparison of the first two cards.
 */
import type { Page } from 'playwright-core';
import { fr } from './frenchTexts';
import { toNewScreen } from './journey';

const startsWith = (prefix: string) =>
  new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export async function openFirstDetail(page: Page): Promise<void> {
  await toNewScreen(page, () =>
    page
      .getByRole('button', { name: startsWith(fr.detailsPrefix) })
      .first()
      .click(),
  );
}

/** The browser's Back button: the app maps it to its own "back". */
export async function goBack(page: Page): Promise<void> {
  await toNewScreen(page, async () => {
    await page.goBack();
  });
}

export async function compareFirstTwo(page: Page): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    await page
      .getByRole('checkbox', { name: startsWith(fr.comparePrefix), checked: false })
      .first()
      .check();
  }
  await toNewScreen(page, () =>
    page.getByRole('button', { name: startsWith(fr.compareOpenPrefix) }).click(),
  );
}

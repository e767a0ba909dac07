/**
 * The quick path from the welcome page: "I just need a tool, without an
 * account" → pick the first tool → the no-account options.
 */
import type { Page } from 'playwright-core';
import { fr } from './frenchTexts';
import { screenName, toNewScreen } from './journey';

/** False when this build's welcome page offers no quick path. */
export async function walkQuickPath(
  page: Page,
  onScreen: (name: string) => Promise<void>,
): Promise<boolean> {
  const { quickStart, quickContinue } = fr;
  if (!quickStart || !quickContinue) return false;
  const start = page.getByRole('button', { name: quickStart, exact: true });
  if ((await start.count()) === 0) return false;
  await toNewScreen(page, () => start.click());
  await onScreen(await screenName(page));
  await page.getByRole('checkbox').first().check();
  await toNewScreen(page, () =>
    page.getByRole('button', { name: quickContinue, exact: true }).click(),
  );
  await onScreen(await screenName(page));
  return true;
}

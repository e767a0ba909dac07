/**
 * Walks the wizard from the welcome page to the results, answering whatever
 * question is shown. The question flow grows (optional steps, sub-questions),
 * so the driver does not know the steps: on each question page it fills an
 * empty text field with a postcode, ticks a preferred answer when there is
 * one (else the first choice), and presses Continue, until the results.
 */
import type { Page } from 'playwright-core';
import { fr } from './frenchTexts';

const screenLimit = 20;
const waitMs = 30_000;

export const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

/** The step's name, from the page title ("Lieu — Boussole CHATONS" → "place"). */
export async function screenName(page: Page): Promise<string> {
  const title = (await page.title()).split(' — ')[0]?.trim() ?? '';
  const step = Object.entries(fr.stepNames).find(([, name]) => name === title)?.[0];
  return (
    step ??
    (title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') ||
      'screen')
  );
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function isShown(page: Page, name: string): Promise<boolean> {
  return (await button(page, name).count()) > 0;
}

/** Ticks the answers a person would give on this question page. */
async function answerQuestion(page: Page): Promise<void> {
  const field = page.getByRole('textbox').first();
  if ((await field.count()) > 0 && (await field.isEnabled()) && (await field.inputValue()) === '') {
    await field.fill(fr.postcode);
    // The place is kept once the page names it (the status line).
    await page.getByRole('status').filter({ hasText: /\S/ }).first().waitFor({ timeout: waitMs });
    return;
  }
  let ticked = false;
  for (const name of fr.preferred) {
    for (const role of ['radio', 'checkbox'] as const) {
      const choice = page.getByRole(role, { name, exact: true });
      if ((await choice.count()) === 1) {
        await choice.check();
        ticked = true;
      }
    }
  }
  if (ticked) return;
  for (const role of ['radio', 'checkbox'] as const) {
    const choices = page.getByRole(role);
    if (
      (await choices.count()) > 0 &&
      (await page.getByRole(role, { checked: true }).count()) === 0
    ) {
      await choices.first().check();
      return;
    }
  }
}

/** Runs the action, then waits for another h1 and two frames (page title, focus). */
export async function toNewScreen(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await heading(page).textContent();
  await action();
  await page.waitForFunction(
    (old) => {
      const h1 = document.querySelector('h1');
      return h1 !== null && h1.textContent !== old;
    },
    before,
    { timeout: waitMs },
  );
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Presses the button and waits for a new screen; says where it got stuck if none comes. */
async function advance(page: Page, name: string): Promise<void> {
  try {
    await toNewScreen(page, () => button(page, name).click());
  } catch (error) {
    const stuck = await heading(page).textContent();
    const alert = await page.getByRole('alert').allTextContents();
    throw new Error(`"${name}" did not leave the screen "${stuck}". ${alert.join(' ')}`, {
      cause: error,
    });
  }
}

/**
 * From the welcome page to the results. `onScreen` is called on each screen
 * once it has rendered, before it is answered (e.g. to take a screenshot).
 */
export async function walkToResults(
  page: Page,
  onScreen: (name: string) => Promise<void> = async () => {},
): Promise<void> {
  await heading(page).waitFor({ timeout: waitMs });
  for (let screen = 0; screen < screenLimit; screen += 1) {
    await onScreen(await screenName(page));
    if ((await heading(page).textContent()) === fr.resultsTitle) return;
    if (await isShown(page, fr.start)) await advance(page, fr.start);
    else if (await isShown(page, fr.confirm)) await advance(page, fr.confirm);
    else if (await isShown(page, fr.continue)) {
      await answerQuestion(page);
      await advance(page, fr.continue);
    } else throw new Error(`no way forward on "${await heading(page).textContent()}"`);
  }
  throw new Error(`no results after ${screenLimit} screens`);
}

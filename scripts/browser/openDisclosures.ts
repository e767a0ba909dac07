/**
 * Opens every closed disclosure on the page (the "about" section, glossary
 * entries shown on demand), the way a person would: by clicking them.
 */
import type { Page } from 'playwright-core';

export async function openDisclosures(page: Page): Promise<number> {
  const closed = page.locator('details:not([open]) > summary, button[aria-expanded="false"]');
  let opened = 0;
  // One at a time, re-querying: opening one may reveal or move the others.
  for (let guard = 0; guard < 50 && (await closed.count()) > 0; guard += 1) {
    await closed.first().click();
    opened += 1;
  }
  return opened;
}

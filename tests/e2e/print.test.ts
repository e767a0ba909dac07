/**
 * The printed handout, as Chromium prints it (issue 6): the PDF holds the
 * hosters' names and a QR code that reads back as the share link. The QR
 * code is read from the PDF itself, rendered by pdf.js in node, not from
 * the screen.
 */
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeShareFragment } from '../../src/share/linkCodec';
import { axeViolations } from './axe';
import { baseUrl, launch, openPage } from './browser';
import { pathsToEveryState, perform, settle } from './journeyPaths';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function toResults(page: Page) {
  for (const event of pathsToEveryState().find((p) => p.state === 'results')?.events ?? []) {
    await perform(page, event);
    await settle(page);
  }
}

const cardNames = (page: Page) =>
  page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();

/** Content-Security-Policy violations, recorded in the page from now on. */
async function watchPolicy(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { policyViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}
const policyViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);

/**
 * Clicks "Print these results" (the dialog itself cannot be driven) and
 * says whether the handout, with its QR code, was in the page when the
 * dialog was asked for.
 */
async function askToPrint(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    window.print = () =>
      Object.assign(window, {
        printAsked: document.querySelector('.print-handout svg[role="img"]') !== null,
      });
  });
  await page.getByRole('button', { name: 'Imprimer ces résultats' }).click();
  return page.evaluate(() => (window as unknown as { printAsked?: boolean }).printAsked === true);
}

/** The results screen fetches the QR encoder as it shows, before anyone prints. */
const encoderFetched = (page: Page) =>
  page.waitForResponse((response) => /\/lean-qr-[^/]*\.js$/.test(response.url()), {
    timeout: 30_000,
  });

const handoutInPage = (page: Page) => page.locator('.print-handout').count();

interface CanvasFactory {
  create(
    width: number,
    height: number,
  ): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
}

interface Printed {
  pages: number;
  text: string;
  qr: string | null;
}

/** Prints the page to PDF, then reads its first page's text and any QR code drawn on it. */
async function printToPdf(page: Page, format: 'A4' | 'Letter'): Promise<Printed> {
  const bytes = await page.pdf({ format });
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const first = await pdf.getPage(1);
  const content = await first.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  // About 220 dots per inch: each QR module is several pixels wide.
  const viewport = first.getViewport({ scale: 3 });
  // pdf.js in node draws on its own canvas (@napi-rs/canvas); its factory is not in the types.
  const { canvasFactory } = pdf as unknown as { canvasFactory: CanvasFactory };
  const { canvas, context } = canvasFactory.create(viewport.width, viewport.height);
  await first.render({ canvas, canvasContext: context, viewport }).promise;
  const pixels = context.getImageData(0, 0, viewport.width, viewport.height);
  const qr = jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
  await pdf.destroy();
  return { pages: pdf.numPages, text, qr };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the printed handout', { timeout: 120_000 }, () => {
  test('the browser’s own print (Ctrl+P) holds the three hosters and a QR code of the share link, on one page of A4 or Letter', async () => {
    const { page, problems } = await openPage(browser);
    const fetched = encoderFetched(page);
    await toResults(page);
    const names = await cardNames(page);
    expect(names).toHaveLength(3);
    await fetched;
    await page.getByRole('button', { name: 'Partager ces résultats' }).click();
    const link = await page.getByRole('textbox', { name: 'Lien vers ces résultats' }).inputValue();

    await watchPolicy(page);
    // On screen the handout is not drawn at all; Chromium's PDF export fires
    // beforeprint and afterprint as its print dialog does, so it comes and goes.
    expect(await handoutInPage(page)).toBe(0);
    for (const format of ['A4', 'Letter'] as const) {
      const printed = await printToPdf(page, format);
      expect(printed.pages).toBe(1);
      for (const name of names) expect(squash(printed.text)).toContain(squash(name));
      expect(printed.text).toContain('Imprimé le');
      expect(printed.text).toContain('À leur demander');
      expect(printed.qr).toBe(link);
      expect(await handoutInPage(page)).toBe(0);
    }
    // Drawing the QR code breaks no rule of the Content-Security-Policy.
    expect(await policyViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('an association moving from Gmail, Drive and WhatsApp prints with the button, and gets one page with every guide', async () => {
    const fragment = encodeShareFragment({
      answers: {
        profile: 'association',
        needs: ['email', 'files', 'chat', 'visio'],
        place: { kind: 'departement', code: '69' },
        budget: 'membership',
      },
    });
    const { page, problems } = await openPage(browser);
    await page.goto('about:blank');
    const fetched = encoderFetched(page);
    await page.goto(`${baseUrl()}#r=${fragment}`);
    await settle(page);
    expect(await cardNames(page)).toHaveLength(3);
    await fetched;
    expect(await askToPrint(page)).toBe(true);
    for (const format of ['A4', 'Letter'] as const) {
      const printed = await printToPdf(page, format);
      expect(printed.pages).toBe(1);
      for (const guide of ['Quitter Gmail', 'Quitter Google Drive', 'Quitter WhatsApp']) {
        expect(printed.text).toContain(guide);
      }
      expect(printed.qr).toContain(`#r=${fragment}`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)(
    'results with next steps, guides and the share QR code, and a detail page, pass axe (%s)',
    async (colorScheme) => {
      const fragment = encodeShareFragment({
        answers: {
          profile: 'association',
          needs: ['email', 'files', 'chat'],
          place: { kind: 'departement', code: '69' },
          budget: 'membership',
        },
      });
      const { page, problems } = await openPage(browser, { colorScheme });
      await page.goto('about:blank');
      await page.goto(`${baseUrl()}#r=${fragment}`);
      await settle(page);
      await page.getByRole('button', { name: 'Partager ces résultats' }).click();
      await page.getByRole('img', { name: /^Code QR du lien : scannez-le/ }).waitFor();
      // Each card's "What to do next" is folded: open them as a person would.
      for (const summary of await page.getByText(/^Que faire ensuite avec /).all()) {
        await summary.click();
      }
      // A disclosure draws its content on its toggle event, just after the click.
      await expect
        .poll(() => page.getByRole('region', { name: /^Que faire ensuite / }).count())
        .toBe(3);
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole('button', { name: /^Tout savoir sur / })
        .first()
        .click();
      await settle(page);
      expect(await page.getByRole('region', { name: 'Que faire ensuite' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

/**
 * npm run screenshots — full-page PNGs of every screen at 360 px and
 * 1280 px wide, in French, into screenshots/ (git-ignored), with an
 * index.html that shows them side by side. Builds into a temporary folder
 * of its own (dist/ may be in use by the tests); SCREENSHOTS_DIST=dist
 * reuses a build that is already there.
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { compareFirstTwo, goBack, openFirstDetail } from './browser/beyondResults';
import { buildInto } from './browser/build';
import { launchChromium } from './browser/chromium';
import { writeGallery, type Shot } from './browser/gallery';
import { screenName, walkToResults } from './browser/journey';
import { openDisclosures } from './browser/openDisclosures';
import { walkQuickPath } from './browser/quickPath';
import { serveBuild } from './browser/serve';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'screenshots');
const widths = [360, 1280];

async function shootEverything(browser: Browser, url: string, width: number): Promise<Shot[]> {
  const shots: Shot[] = [];
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width, height: width < 600 ? 640 : 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const shoot = async (screen: string) => {
    const file = `${width}-${screen}.png`;
    await page.screenshot({ path: path.join(outDir, file), fullPage: true });
    shots.push({ screen, width, file });
  };
  const fresh = async (): Promise<Page> => {
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  };
  try {
    await walkToResults(await fresh(), shoot);
    await openFirstDetail(page);
    await shoot(await screenName(page));
    await goBack(page);
    await compareFirstTwo(page);
    await shoot(await screenName(page));

    // A new visit: the session kept in the tab would open where we left off.
    await context.clearCookies();
    await page.evaluate(() => {
      sessionStorage.clear();
      localStorage.clear();
    });
    await fresh();
    if (await openDisclosures(page)) await shoot('welcome-open');
    await fresh();
    await walkQuickPath(page, (screen) =>
      shoot(screen.startsWith('quick') ? screen : `quick-${screen}`),
    );
  } finally {
    await context.close();
  }
  return shots;
}

const dist = process.env.SCREENSHOTS_DIST
  ? path.resolve(root, process.env.SCREENSHOTS_DIST)
  : path.join(os.tmpdir(), 'boussole-screenshots-build');
if (!process.env.SCREENSHOTS_DIST) await buildInto(root, dist);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await serveBuild(root, dist);
const browser = await launchChromium();
try {
  const shots: Shot[] = [];
  for (const width of widths) shots.push(...(await shootEverything(browser, server.url, width)));
  writeGallery(outDir, shots, widths, new Date());
  console.log(`${shots.length} screenshots and index.html in ${path.relative(root, outDir)}/`);
} finally {
  await browser.close();
  await server.close();
}

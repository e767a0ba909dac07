/**
 * LCP, CLS and the worst interaction latency of a full journey (welcome →
 * every question → check → results), in Chromium with Slow 4G and the CPU
 * slowed ×4, each run in a fresh context (a first visit). Median of the runs.
 */
import type { Browser, Page } from 'playwright-core';
import { fr } from '../browser/frenchTexts';
import { toNewScreen, walkToResults } from '../browser/journey';
import { withPhonePage } from '../browser/phonePage';
import {
  cumulativeLayoutShift,
  mainThreadShare,
  observeVitals,
  type PageVitals,
} from './pageVitals';
import { goal, median } from './report';

interface Run {
  lcp: number;
  lcpElement: string;
  cls: number;
  interaction: number;
  interactionWhat: string;
  /** Of the worst interaction, the page's own frame (null: under 50 ms). */
  interactionMainThread: number | null;
  screenChange: number;
  screenChangeWhat: string;
}

/** What observeVitals has gathered in the page so far. */
const readVitals = (page: Page): Promise<PageVitals> =>
  page.evaluate(() => (window as unknown as { __vitals: PageVitals }).__vitals);

async function journeyOnce(
  browser: Browser,
  url: string,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<Run> {
  return withPhonePage(browser, { initScript: observeVitals, serviceWorkers }, async (page) => {
    await page.goto(url);
    // The driver compiles its page-side script (about 330 KB) the first time it
    // waits for a condition in the page's world, which would otherwise fall just
    // after the first click: 100-200 ms of main thread no visitor's browser spends.
    await page.waitForFunction(() => true);
    await walkToResults(page);
    // Let the results screen's last paints and shifts be reported.
    await page.waitForTimeout(1000);
    const vitals = await readVitals(page);
    const worst = Object.values(vitals.interactions).sort((a, b) => b.duration - a.duration)[0];
    const slowestScreen = [...vitals.screenChanges].sort((a, b) => b.duration - a.duration)[0];
    return {
      lcp: vitals.lcp ?? NaN,
      lcpElement: vitals.lcpElement,
      cls: cumulativeLayoutShift(vitals.shifts),
      interaction: worst?.duration ?? 0,
      interactionWhat: worst?.what ?? 'none above 16 ms',
      interactionMainThread: worst ? mainThreadShare(worst, vitals.longFrames) : null,
      screenChange: slowestScreen?.duration ?? NaN,
      screenChangeWhat: slowestScreen?.what ?? '?',
    };
  });
}

/** Source text: resolves once the offline copy is installing (or after 15 s: 'none'). */
const installing = `(async () => {
  for (let waited = 0; waited < 15000; waited += 50) {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration && registration.installing) return 'installing';
    await new Promise((done) => setTimeout(done, 50));
  }
  return 'none';
})()`;

/**
 * Someone who reads the welcome page, then presses "Commencer" just as the
 * offline copy starts installing (it waits for 1.5 s without a press): that
 * press's latency, or null when no install was seen.
 */
async function pressDuringInstall(browser: Browser, url: string): Promise<number | null> {
  return withPhonePage(browser, { initScript: observeVitals }, async (page) => {
    await page.goto(url);
    await page.waitForFunction(() => true);
    if ((await page.evaluate(installing)) !== 'installing') return null;
    await toNewScreen(page, () =>
      page.getByRole('button', { name: fr.start, exact: true }).click(),
    );
    await page.waitForTimeout(500);
    const vitals = await readVitals(page);
    return Math.max(0, ...Object.values(vitals.interactions).map((i) => i.duration));
  });
}

/** `runs` journeys one after the other, each in a fresh context. */
async function journeys(
  browser: Browser,
  url: string,
  runs: number,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<Run[]> {
  const results: Run[] = [];
  for (let run = 0; run < runs; run += 1) {
    results.push(await journeyOnce(browser, url, serviceWorkers));
  }
  return results;
}

const slowestOf = (results: Run[]): Run | undefined =>
  [...results].sort((a, b) => b.interaction - a.interaction)[0];

export async function measureJourney(browser: Browser, url: string, runs = 5): Promise<void> {
  const results = await journeys(browser, url, runs);
  const lcp = median(results.map((r) => r.lcp));
  const cls = median(results.map((r) => r.cls));
  const interaction = median(results.map((r) => r.interaction));
  const slowest = slowestOf(results);
  const screenChange = median(results.map((r) => r.screenChange));
  const slowestScreen = [...results].sort((a, b) => b.screenChange - a.screenChange)[0];
  console.log(
    `Full journey, Slow 4G (150 ms RTT, 1.6 Mbps down, 750 Kbps up), CPU ×4, median of ${runs}:`,
  );
  console.log(
    `  LCP                 ${`${(lcp / 1000).toFixed(2)} s`.padStart(10)}  ${goal(lcp <= 1500, '≤ 1.5 s')}`,
  );
  console.log(
    `  CLS                 ${cls.toFixed(3).padStart(10)}  ${goal(cls <= 0.01, '≤ 0.01')}`,
  );
  console.log(
    `  worst interaction   ${`${Math.round(interaction)} ms`.padStart(10)}  ${goal(interaction <= 100, '≤ 100 ms')}`,
  );
  console.log(
    `  runs: LCP ${results.map((r) => Math.round(r.lcp)).join(', ')} ms; CLS ${results.map((r) => r.cls.toFixed(3)).join(', ')}; interaction ${results.map((r) => Math.round(r.interaction)).join(', ')} ms`,
  );
  console.log(`  largest paint: ${results[0]?.lcpElement ?? '?'}`);
  console.log(`  slowest interaction: ${slowest?.interactionWhat ?? '?'}`);
  const own = (r: Run) =>
    r.interactionMainThread === null ? 'under 50' : String(Math.round(r.interactionMainThread));
  console.log(
    `  of the worst interaction, the page's main thread had drawn its frame after: ${results.map(own).join(', ')} ms (the rest is the browser showing that frame)`,
  );
  // No goal of its own: printed so that drawing a screen after the click's frame hides nothing.
  console.log(
    `  slowest click to a new screen drawn: ${Math.round(screenChange)} ms (runs: ${results.map((r) => Math.round(r.screenChange)).join(', ')} ms), ${slowestScreen?.screenChangeWhat ?? '?'}`,
  );
  // The service worker copies the app for offline use once nothing has been pressed for
  // 1.5 s. This journey never pauses that long, so it installs once the results are shown;
  // a press made while it installs is slower on a machine with few cores. Blocking it
  // shows the app alone, whichever the journey. No goal: a reading aid.
  const alone = await journeys(browser, url, runs, 'block');
  console.log(
    `  the same journeys without the offline copy installing (service workers blocked): worst interaction ${Math.round(median(alone.map((r) => r.interaction)))} ms (runs: ${alone.map((r) => Math.round(r.interaction)).join(', ')} ms; slowest: ${slowestOf(alone)?.interactionWhat ?? '?'}), CLS ${median(alone.map((r) => r.cls)).toFixed(3)}`,
  );
  const duringInstall: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const latency = await pressDuringInstall(browser, url);
    if (latency !== null) duringInstall.push(latency);
  }
  console.log(
    duringInstall.length > 0
      ? `  "Commencer" pressed just as the offline copy starts installing (after a pause on the welcome page): ${Math.round(median(duringInstall))} ms (runs: ${duringInstall.map(Math.round).join(', ')} ms)`
      : '  "Commencer" pressed while the offline copy installs: no install seen',
  );
}

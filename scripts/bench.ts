/**
 * npm run bench — builds into its own folder, serves that build as in
 * production (security headers, gzip), and prints figures next to their
 * goals. It asserts nothing: speed and size are measured here, never by
 * timed assertions in tests. Works offline (Chromium cannot resolve any
 * name but the local server).
 */
import os from 'node:os';
import path from 'node:path';
import { buildInto } from './browser/build';
import { launchChromium } from './browser/chromium';
import { serveBuild } from './browser/serve';
import { runLighthouse } from './bench/lighthouse';
import { printPlacesDecode, timePlacesDecode } from './bench/placesDecode';
import { timeRecommender } from './bench/recommender';
import { weighInitialLoad } from './bench/size';
import { measureFirstVisit } from './bench/transfer';
import { measureJourney } from './bench/vitals';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.bench-dist');

/** One section failing (a changed screen, a crash) must not hide the other figures. */
async function section(name: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.log(
      `${name}: could not be measured: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  console.log('');
}

// Timings depend on what else the machine is doing: say so next to them.
const load = os.loadavg()[0] ?? 0;
console.log(`Machine: ${os.cpus().length} cores, load average ${load.toFixed(1)} at the start.\n`);
await buildInto(root, outDir);
await section('Initial load', () => {
  weighInitialLoad(outDir);
});
const server = await serveBuild(root, outDir);
const browser = await launchChromium();
try {
  await section('First visit', () => measureFirstVisit(browser, server.url));
  await section('Journey', () => measureJourney(browser, server.url));
} finally {
  await browser.close();
}
try {
  await section('Lighthouse', () => runLighthouse(server.url));
} finally {
  await server.close();
}
await section('Recommender', () => {
  timeRecommender(root);
});
await section('Place data', async () => {
  printPlacesDecode(await timePlacesDecode());
});

/**
 * Only the Lighthouse part of the bench, against a build that is already
 * served (by `npx vite preview --outDir <folder>`, for instance), so a change
 * to the page can be measured without the rest of `npm run bench`.
 *
 *   tsx scripts/bench/lighthouseOnly.ts http://127.0.0.1:4190/ [runs] [folder for the JSON reports]
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { runLighthouse } from './lighthouse';

const [url, runs, saveTo] = process.argv.slice(2);
if (!url) {
  console.error('usage: tsx scripts/bench/lighthouseOnly.ts <url> [runs] [folder for JSON]');
  process.exit(2);
}
if (saveTo) mkdirSync(saveTo, { recursive: true });

// Simulated throttling replays the trace of an unthrottled load: a busy machine still moves it.
const loadAtStart = os.loadavg()[0] ?? 0;
await runLighthouse(url, { runs: runs ? Number(runs) : 3, ...(saveTo ? { saveTo } : {}) });
const loadAtEnd = os.loadavg()[0] ?? 0;
console.log(
  `  machine: ${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end`,
);

/**
 * npm run fairness — does Boussole spread people across hosters, or send
 * everyone to the same one? Draws random personas (profiles, services,
 * places across France, budgets; a fixed seed, so runs compare) on the real
 * content and prints the largest share of first picks held by one hoster
 * (goal ≤ 10 %), the share of hosters appearing in at least one top 3
 * (goal ≥ 60 %) and the top 5 hosters by share of first picks.
 * Options: --personas N (default 1000), --seed N (default 2026).
 */
import path from 'node:path';
import { validateContent } from '../src/content/validate';
import { measureFairness, randomPersonas } from '../src/recommend/fairness';
import { prepare } from '../src/recommend/prepare';
import { readContentFiles } from './contentFiles';

const goals = { largestFirstShare: 0.1, inSomeTop3Share: 0.6 };

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) ? value : fallback;
}

const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;

const root = path.resolve(import.meta.dirname, '..');
const { files } = readContentFiles(path.join(root, 'content'));
const { content, errors } = validateContent(files);
if (!content) throw new Error('content does not validate: run npm run content:check');
if (errors.length > 0)
  console.warn(`(${errors.length} content problems; run npm run content:check)`);

const count = option('personas', 1000);
const seed = option('seed', 2026);
const prepared = prepare(content);
const personas = randomPersonas(
  count,
  seed,
  content.places.departements.map((d) => d.code),
);
const report = measureFairness(prepared, personas);

const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
console.log(
  `Fairness over ${report.personas} random personas (seed ${seed}), ${report.activeHosters} active hosters:`,
);
console.log(
  `  largest share of first picks: ${percent(report.largestFirstShare)} (${report.firstPicks[0]?.hosterId ?? '-'}; goal ≤ ${percent(goals.largestFirstShare)}) ${ok(report.largestFirstShare <= goals.largestFirstShare)}`,
);
console.log(
  `  hosters in at least one top 3: ${report.inSomeTop3}/${report.activeHosters} = ${percent(report.inSomeTop3Share)} (goal ≥ ${percent(goals.inSomeTop3Share)}) ${ok(report.inSomeTop3Share >= goals.inSomeTop3Share)}`,
);
console.log('  top 5 by share of first picks:');
for (const { hosterId, share } of report.firstPicks.slice(0, 5)) {
  console.log(`    ${hosterId.padEnd(24)} ${percent(share)}`);
}
const floor = report.uniqueBest[0];
if (floor) {
  console.log(
    `  floor under "coverage first": ${floor.hosterId} alone covers best for ${percent(floor.share)} of personas (${report.uniqueBest
      .slice(1, 4)
      .map((s) => `${s.hosterId} ${percent(s.share)}`)
      .join(', ')})`,
  );
}
console.log(
  `  relevance: the first pick has the best coverage for ${percent(report.firstPickBestCoverage)} of ${report.answered} answered personas; it offers the most services (doubts counted) for ${percent(report.firstPickMostServices)}`,
);
console.log(`  combinations proposed: ${report.combinations}; "shown in turn": ${report.inTurn}`);
if (report.neverEligible.length > 0) {
  console.log(`  never eligible (no open offer for any need): ${report.neverEligible.join(', ')}`);
}

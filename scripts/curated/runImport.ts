/**
 * Reads the curated records and writes content/: one file per imported
 * hoster, the needs and places catalogues and the import report. All the
 * file system work of the import is here; the decisions are in mapRecord.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDepartementPoints, toPlaceCatalogue } from './departements';
import { buildGazetteer } from './geocode';
import { formatGenerated, toJsonText } from './json';
import { mapRecord, type MapOutcome } from './mapRecord';
import { needCatalogue } from './needs';
import { renderReport } from './report';

export interface ImportOptions {
  curatedDir: string;
  /** The content folder to write (normally <project>/content). */
  outDir: string;
  pointsFile: string;
  citiesFile: string;
}

export interface ImportResult {
  outcomes: MapOutcome[];
  /** Hoster files of an earlier curated import whose record is now skipped or gone. */
  removed: string[];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const ctx = {
    gazetteer: buildGazetteer(readJson(options.citiesFile)),
    departements: parseDepartementPoints(readJson(options.pointsFile)),
  };
  // Plain code-unit sort: the same order on every machine and locale.
  const files = readdirSync(options.curatedDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const seen = new Map<string, string>();
  const outcomes = files.map((file): MapOutcome => {
    let raw: unknown;
    try {
      raw = readJson(path.join(options.curatedDir, file));
    } catch (error) {
      return { kind: 'skipped', file, slug: null, reason: `invalid JSON: ${String(error)}` };
    }
    const outcome = mapRecord(file, raw, ctx);
    if (outcome.kind !== 'imported') return outcome;
    const first = seen.get(outcome.hoster.id);
    if (first !== undefined) {
      return {
        kind: 'skipped',
        file,
        slug: outcome.hoster.id,
        reason: `slug "${outcome.hoster.id}" already imported from ${first}`,
      };
    }
    seen.set(outcome.hoster.id, file);
    return outcome;
  });

  const hostersDir = path.join(options.outDir, 'hosters');
  mkdirSync(hostersDir, { recursive: true });
  mkdirSync(path.join(options.outDir, 'places'), { recursive: true });
  const write = async (file: string, text: string): Promise<void> => {
    writeFileSync(file, await formatGenerated(file, text));
  };
  for (const outcome of outcomes) {
    if (outcome.kind !== 'imported') continue;
    await write(path.join(hostersDir, `${outcome.hoster.id}.json`), toJsonText(outcome.hoster));
  }
  const removed = removeStaleHosters(hostersDir, new Set(seen.keys()));
  await write(path.join(options.outDir, 'needs.json'), toJsonText(needCatalogue()));
  await write(
    path.join(options.outDir, 'places', 'departements.json'),
    toJsonText(toPlaceCatalogue(ctx.departements)),
  );
  const source = path
    .relative(path.dirname(options.outDir), options.curatedDir)
    .split(path.sep)
    .join('/');
  await write(path.join(options.outDir, 'import-report.md'), renderReport({ source, outcomes }));
  return { outcomes, removed };
}

/**
 * A record that is now skipped must not live on as an old file. Only files
 * this importer wrote (provenance "curated:…") are removed; others, e.g.
 * from a ChatonsInfos import, are left alone.
 */
function removeStaleHosters(dir: string, keep: Set<string>): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || keep.has(name.slice(0, -'.json'.length))) continue;
    const file = path.join(dir, name);
    let importedFrom: unknown;
    try {
      importedFrom = (readJson(file) as { provenance?: { importedFrom?: unknown } }).provenance
        ?.importedFrom;
    } catch {
      continue;
    }
    if (typeof importedFrom === 'string' && importedFrom.startsWith('curated:')) {
      rmSync(file);
      removed.push(name);
    }
  }
  return removed;
}

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
import type { LocateContext } from './locate';
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

/** The gazetteer and département points every import places hosters with. */
export function loadLocateContext(pointsFile: string, citiesFile: string): LocateContext {
  return {
    gazetteer: buildGazetteer(readJson(citiesFile)),
    departements: parseDepartementPoints(readJson(pointsFile)),
  };
}

/** One curated file, parsed or not. */
export type CuratedFile = { file: string; raw: unknown } | { file: string; error: string };

export function readCuratedFiles(curatedDir: string): CuratedFile[] {
  // Plain code-unit sort: the same order on every machine and locale.
  const files = readdirSync(curatedDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((file): CuratedFile => {
    try {
      return { file, raw: readJson(path.join(curatedDir, file)) };
    } catch (error) {
      return { file, error: `invalid JSON: ${String(error)}` };
    }
  });
}

/** The first outcome to claim an id keeps it; later ones are skipped, saying so. */
export function keepFirstIds(outcomes: MapOutcome[]): MapOutcome[] {
  const seen = new Map<string, string>();
  return outcomes.map((outcome): MapOutcome => {
    if (outcome.kind !== 'imported') return outcome;
    const first = seen.get(outcome.hoster.id);
    if (first !== undefined) {
      return {
        kind: 'skipped',
        file: outcome.file,
        slug: outcome.hoster.id,
        reason: `slug "${outcome.hoster.id}" already imported from ${first}`,
      };
    }
    seen.set(outcome.hoster.id, outcome.file);
    return outcome;
  });
}

export async function writeGenerated(file: string, text: string): Promise<void> {
  writeFileSync(file, await formatGenerated(file, text));
}

export interface WriteOptions {
  outDir: string;
  /** Every outcome to write (imported ones) and to report (curated ones). */
  outcomes: MapOutcome[];
  /** The outcomes of curated records, for import-report.md (default: outcomes). */
  curatedOutcomes?: MapOutcome[];
  curatedDir: string;
  departements: LocateContext['departements'];
  /** Whether an earlier file that no outcome wrote is this import's to remove. */
  isStale: (importedFrom: string) => boolean;
}

/** Writes hosters, needs, places and import-report.md; returns the stale files removed. */
export async function writeContent(options: WriteOptions): Promise<string[]> {
  const { outDir, outcomes } = options;
  const hostersDir = path.join(outDir, 'hosters');
  mkdirSync(hostersDir, { recursive: true });
  mkdirSync(path.join(outDir, 'places'), { recursive: true });
  const written = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'imported') continue;
    written.add(outcome.hoster.id);
    await writeGenerated(
      path.join(hostersDir, `${outcome.hoster.id}.json`),
      toJsonText(outcome.hoster),
    );
  }
  const removed = removeStaleHosters(hostersDir, written, options.isStale);
  await writeGenerated(path.join(outDir, 'needs.json'), toJsonText(needCatalogue()));
  await writeGenerated(
    path.join(outDir, 'places', 'departements.json'),
    toJsonText(toPlaceCatalogue(options.departements)),
  );
  const source = path.relative(path.dirname(outDir), options.curatedDir).split(path.sep).join('/');
  await writeGenerated(
    path.join(outDir, 'import-report.md'),
    renderReport({ source, outcomes: options.curatedOutcomes ?? outcomes }),
  );
  return removed;
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const ctx = loadLocateContext(options.pointsFile, options.citiesFile);
  const outcomes = keepFirstIds(
    readCuratedFiles(options.curatedDir).map((f): MapOutcome =>
      'error' in f
        ? { kind: 'skipped', file: f.file, slug: null, reason: f.error }
        : mapRecord(f.file, f.raw, ctx),
    ),
  );
  const removed = await writeContent({
    outDir: options.outDir,
    outcomes,
    curatedDir: options.curatedDir,
    departements: ctx.departements,
    // Only files this importer wrote; others, e.g. from a ChatonsInfos import, stay.
    isStale: (importedFrom) => importedFrom.startsWith('curated:'),
  });
  return { outcomes, removed };
}

/**
 * A record that is now skipped must not live on as an old file. Only files
 * the running import owns (`isStale` of their provenance.importedFrom) are
 * removed; others are left alone.
 */
function removeStaleHosters(
  dir: string,
  keep: Set<string>,
  isStale: (importedFrom: string) => boolean,
): string[] {
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
    if (typeof importedFrom === 'string' && isStale(importedFrom)) {
      rmSync(file);
      removed.push(name);
    }
  }
  return removed;
}

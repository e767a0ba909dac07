import { describe, expect, test } from 'vitest';
import {
  criterionKeys,
  Hoster,
  type CriterionEntry,
  type CriterionKey,
} from '../../../src/content/schema';
import { validateContent } from '../../../src/content/validate';
import { factsAbout } from '../../../src/screens/criteriaFacts';
import { fixtureContent, readContentDir, projectRoot } from '../../content/fixtures';
import path from 'node:path';

const files = fixtureContent();
const alpha = Hoster.parse(files['content/hosters/alpha.json']);

/** alpha with every optional fact unknown, as many real records are. */
const blank: Hoster = {
  ...alpha,
  structure: null,
  chatons: { status: 'member', since: null },
  location: { ...alpha.location, city: null },
  pricing: { model: null, membershipEurPerYear: null, notes: null },
  support: { inPerson: null, workshops: null, notes: null },
  offers: alpha.offers.map((o) => ({ ...o, registration: null, capacity: null })),
};

const entry = (id: CriterionKey, source: CriterionEntry['source'] = 'record'): CriterionEntry => ({
  id,
  group: 'practical',
  source,
});

describe("what a hoster's record says, criterion by criterion", () => {
  test('each fact comes from its field', () => {
    expect(factsAbout(entry('structure'), alpha)).toEqual([
      { kind: 'structure', structure: 'association' },
    ]);
    expect(factsAbout(entry('proximity'), alpha)).toEqual([{ kind: 'place', place: 'Lyon' }]);
    expect(factsAbout(entry('longevity'), alpha)).toEqual([{ kind: 'since', year: '2019' }]);
    expect(factsAbout(entry('price'), alpha)).toEqual([
      { kind: 'price', model: 'membership' },
      { kind: 'membershipFee', price: 15 },
    ]);
    expect(factsAbout(entry('signup'), alpha)).toEqual([
      { kind: 'signup', registrations: ['none', 'member'] },
    ]);
    expect(factsAbout(entry('capacity'), alpha)).toEqual([
      { kind: 'capacityOpen', services: ['email'] },
    ]);
    expect(factsAbout(entry('inPerson'), alpha)).toEqual([{ kind: 'inPerson', value: true }]);
    expect(factsAbout(entry('information'), alpha)).toEqual([
      { kind: 'information', count: 1, date: '2026-11-26' },
    ]);
    expect(factsAbout(entry('services'), alpha)).toEqual([{ kind: 'services', count: 2 }]);
  });

  test('a full service is said to be full, and "no" is kept apart from unknown', () => {
    const busy: Hoster = {
      ...alpha,
      support: { inPerson: false, workshops: true, notes: null },
      offers: alpha.offers.map((o) => ({ ...o, capacity: 'full' as const })),
    };
    expect(factsAbout(entry('capacity'), busy)).toEqual([
      { kind: 'capacityFull', services: ['email', 'pad'] },
    ]);
    expect(factsAbout(entry('inPerson'), busy)).toEqual([
      { kind: 'inPerson', value: false },
      { kind: 'workshops', value: true },
    ]);
  });

  test.each([
    'structure',
    'proximity',
    'longevity',
    'price',
    'signup',
    'capacity',
    'inPerson',
    'solidarity',
  ] as const)('an unknown %s stays unknown: no fact is made up', (id) => {
    expect(factsAbout(entry(id), blank)).toEqual([]);
  });

  test('where the servers are is not in our data: always "ask them"', () => {
    expect(factsAbout(entry('servers', 'ask'), alpha)).toEqual([]);
  });

  test("the charter's commitments are stated for members only", () => {
    expect(factsAbout(entry('noResale', 'charter'), alpha)).toEqual([{ kind: 'charter' }]);
    const candidate: Hoster = { ...alpha, chatons: { status: 'candidate', since: null } };
    expect(factsAbout(entry('noResale', 'charter'), candidate)).toEqual([]);
  });
});

test('the real content explains every criterion, and states the charter for its member hosters', () => {
  const { content } = validateContent(readContentDir(path.join(projectRoot, 'content')));
  expect(content?.criteria?.map((c) => c.id).sort()).toEqual([...criterionKeys].sort());
  const charter = content?.criteria?.filter((c) => c.source === 'charter') ?? [];
  expect(charter.length).toBeGreaterThanOrEqual(5);
  for (const hoster of content?.hosters ?? []) {
    for (const criterion of charter) {
      expect(factsAbout(criterion, hoster)).toEqual(
        hoster.chatons.status === 'member' ? [{ kind: 'charter' }] : [],
      );
    }
  }
});

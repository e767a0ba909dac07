/**
 * The share link's codec on examples: a real link, damaged links, old and
 * unknown versions, huge input, and the address around the fragment.
 * Properties over random input are in properties.test.ts.
 */
import { describe, expect, test } from 'vitest';
import {
  currentVersion,
  decodeShareFragment,
  encodeShareFragment,
  maxFragmentLength,
  readShareFragment,
  shareUrl,
  type DroppedPartId,
  type SharedState,
} from '../../../src/share/linkCodec';
import { v1Tables } from '../../../src/share/linkV1';
import type { Answers } from '../../../src/wizard/answers';

/** An association in Lyon 3e, needing email and video calls, ready to pay a membership. */
const lyon: SharedState = {
  answers: {
    profile: 'association',
    needs: ['email', 'visio'],
    place: { kind: 'postcode', code: '69003', departement: '69' },
    budget: 'membership',
  },
};
const lyonLink = '1.wa.nev.pc69003.bm-';

const dropped = (...parts: DroppedPartId[]) => parts.map((part) => ({ part }));
const nothingKept = (...parts: DroppedPartId[]) => ({
  state: { answers: {} },
  dropped: dropped(...parts),
});

describe('a real link', () => {
  test('the Lyon association encodes to a short link of codes and round-trips', () => {
    expect(encodeShareFragment(lyon)).toBe(lyonLink);
    expect(decodeShareFragment(lyonLink)).toEqual({ state: lyon, dropped: [] });
  });

  test('what matters and an association size travel too', () => {
    const state: SharedState = {
      answers: {
        ...lyon.answers,
        priorities: ['association', 'meet', 'longLived'],
        accounts: 'upTo20',
      },
    };
    const link = encodeShareFragment(state);
    expect(link).toBe('1.wa.nev.pc69003.bm.maml.a20-');
    expect(decodeShareFragment(link)).toEqual({ state, dropped: [] });
  });

  test('"nothing in particular" and "I don\'t know how many" travel as such', () => {
    const state: SharedState = {
      answers: { ...lyon.answers, priorities: [], accounts: 'unknown' },
    };
    const link = encodeShareFragment(state);
    expect(link).toBe('1.wa.nev.pc69003.bm.m.au-');
    expect(decodeShareFragment(link)).toEqual({ state, dropped: [] });
  });

  test.each([
    ['a1', 'upTo5'],
    ['a5', 'upTo5'],
    ['a6', 'upTo20'],
    ['a12', 'upTo20'],
    ['a50', 'upTo50'],
    ['a51', 'more'],
    ['a250', 'more'],
  ] as const)('an older link with %s accounts reads as the size %s', (segment, size) => {
    expect(decodeShareFragment(`1.wa.nev.pc69003.bm.${segment}-`)).toEqual({
      state: { answers: { ...lyon.answers, accounts: size } },
      dropped: [],
    });
  });

  test('the quick path travels as a mark beside its tools', () => {
    const state: SharedState = { answers: { needs: ['pad', 'poll'], quick: true } };
    const link = encodeShareFragment(state);
    expect(link).toBe('1.nps.q-');
    expect(decodeShareFragment(link)).toEqual({ state, dropped: [] });
    expect(decodeShareFragment('1.nps.qx-')).toEqual({
      state: { answers: { needs: ['pad', 'poll'] } },
      dropped: dropped('other'),
    });
  });

  test('a size without "my association" means nothing and is left out quietly', () => {
    expect(decodeShareFragment('1.wi.a12-')).toEqual({
      state: { answers: { profile: 'individual' } },
      dropped: [],
    });
  });

  test('links made before these questions were asked still open, unchanged', () => {
    expect(decodeShareFragment(lyonLink)).toEqual({ state: lyon, dropped: [] });
    expect(decodeShareFragment('1.wa.nev.pc69003.bm.mam.a12-')).toEqual({
      state: {
        answers: { ...lyon.answers, priorities: ['association', 'meet'], accounts: 'upTo20' },
      },
      dropped: [],
    });
  });

  test('the full address keeps the sub-folder and drops the query and any other fragment', () => {
    expect(shareUrl('https://chatons.example.org/boussole/', lyon)).toBe(
      `https://chatons.example.org/boussole/#r=${lyonLink}`,
    );
    expect(shareUrl('https://example.org/boussole/index.html?utm=x#atelier', lyon)).toBe(
      `https://example.org/boussole/index.html#r=${lyonLink}`,
    );
    expect(shareUrl('http://127.0.0.1:4173/', { answers: {} })).toBe('http://127.0.0.1:4173/#r=1-');
  });

  test('every kind of place round-trips', () => {
    const places: NonNullable<Answers['place']>[] = [
      { kind: 'anywhere' },
      { kind: 'departement', code: '2A' },
      { kind: 'departement', code: '974' },
      { kind: 'postcode', code: '20000', departement: '2A' },
      { kind: 'commune', code: '69383', departement: '69', lat: 45.76, lon: 4.84 },
      { kind: 'commune', code: '29019', departement: '29', lat: 48.39, lon: -4.49 },
      { kind: 'commune', code: '2A004', departement: '2A', lat: 41.93, lon: 8.74 },
      { kind: 'abroad', code: 'QC-03', lat: 46.81, lon: -71.21 },
    ];
    for (const place of places) {
      const state: SharedState = { answers: { place } };
      expect(decodeShareFragment(encodeShareFragment(state))).toEqual({ state, dropped: [] });
    }
    const liege = { kind: 'abroad', code: 'BE-WLG', lat: 50.63, lon: 5.57 } as const;
    expect(encodeShareFragment({ answers: { place: liege } })).toBe('1.peBEWLG_5063_557-');
    const brest = { kind: 'commune', code: '29019', departement: '29', lat: 48.39, lon: -4.49 };
    expect(encodeShareFragment({ answers: { place: brest } as Answers })).toBe(
      '1.pm29019_4839_n449-',
    );
  });

  test('"I don\'t know yet" (no needs) differs from an unanswered question', () => {
    expect(encodeShareFragment({ answers: { needs: [] } })).toBe('1.n-');
    expect(decodeShareFragment('1.n-')).toEqual({ state: { answers: { needs: [] } }, dropped: [] });
    expect(decodeShareFragment('1-')).toEqual({ state: { answers: {} }, dropped: [] });
  });
});

describe('links from older versions keep opening', () => {
  // Printed on handouts and in QR codes: these must read the same forever.
  const v1Links: [string, Answers][] = [
    [lyonLink, lyon.answers],
    [
      '1.wi.nfcd.pd2B.bf-',
      {
        profile: 'individual',
        needs: ['files', 'calendar', 'documents'],
        place: { kind: 'departement', code: '2B' },
        budget: 'free',
      },
    ],
    [
      '1.wh.npsqtrywlx.pa.bu-',
      {
        profile: 'helper',
        needs: [
          'pad',
          'poll',
          'forms',
          'chat',
          'social',
          'video',
          'website',
          'mailinglist',
          'transfer',
        ],
        place: { kind: 'anywhere' },
        budget: 'unknown',
      },
    ],
    ['1.bp-', { budget: 'paid' }],
    [
      '1.pm69383_4576_484-',
      { place: { kind: 'commune', code: '69383', departement: '69', lat: 45.76, lon: 4.84 } },
    ],
    ['1.peCHGE_4620_615-', { place: { kind: 'abroad', code: 'CH-GE', lat: 46.2, lon: 6.15 } }],
  ];
  test.each(v1Links)('version 1: %s', (link, answers) => {
    expect(decodeShareFragment(link)).toEqual({ state: { answers }, dropped: [] });
  });

  test('the encoder writes the current version', () => {
    expect(currentVersion).toBe(1);
    expect(encodeShareFragment({ answers: {} })).toBe('1-');
  });
});

describe('a damaged link keeps what is valid and names what was dropped', () => {
  test.each([
    ['1.wa.nev.pc6900X.bm-', 'place'],
    ['1.wa.nev.pc20500.bm-', 'place'], // 205xx is no Corsican postcode
    ['1.wz.nev.pc69003.bm-', 'profile'],
    ['1.wa.nev.pc69003.bz-', 'budget'],
    ['1.wa.nev.pq69003.bm-', 'place'],
    ['1.wa.nev.pc69003.bm.mz-', 'priorities'],
    ['1.wa.nev.pc69003.bm.a0-', 'accounts'],
    ['1.wa.nev.pc69003.bm.a1000000-', 'accounts'],
    ['1.wa.nev.pc69003.bm.z9-', 'other'],
    ['1.wa.nev.pc69003.bm-zz', 'other'],
  ] as const)('%s drops %s', (link, part) => {
    const result = decodeShareFragment(link);
    expect(result.dropped).toEqual(dropped(part));
    for (const key of ['profile', 'needs', 'place', 'budget'] as const) {
      if (key !== part) expect(result.state.answers[key]).toEqual(lyon.answers[key]);
    }
  });

  test('a département that does not exist is dropped, the rest kept', () => {
    expect(decodeShareFragment('1.wa.pd2C.bm-')).toEqual({
      state: { answers: { profile: 'association', budget: 'membership' } },
      dropped: dropped('place'),
    });
  });

  test('an unknown need is dropped and the others kept; repeats are ignored', () => {
    expect(decodeShareFragment('1.neZvee-')).toEqual({
      state: { answers: { needs: ['email', 'visio'] } },
      dropped: dropped('needs'),
    });
    expect(decodeShareFragment('1.nZ-')).toEqual(nothingKept('needs'));
  });

  test('a question answered twice is dropped: neither answer can be trusted', () => {
    expect(decodeShareFragment('1.wa.wi.bm-')).toEqual({
      state: { answers: { budget: 'membership' } },
      dropped: dropped('profile'),
    });
  });

  test('a commune or an area abroad with a wrong code or point is dropped', () => {
    for (const link of [
      '1.pm69383_4576-',
      '1.pm69383_4576_484_1-',
      '1.pm69383_9999_484-',
      '1.pm6938_4576_484-',
      '1.peXXYY_5063_557-',
      '1.peBEWLG_5063-',
    ]) {
      expect(decodeShareFragment(link), link).toEqual(nothingKept('place'));
    }
  });

  test('a link cut short keeps its complete parts and says it was cut', () => {
    expect(decodeShareFragment('1.wa.nev.pc69003.bm')).toEqual({
      state: {
        answers: { profile: 'association', needs: ['email', 'visio'], place: lyon.answers.place },
      },
      dropped: dropped('truncated', 'budget'),
    });
    // "nev" cut to "ne" would read as fewer needs: the cut part is dropped.
    expect(decodeShareFragment('1.wa.ne')).toEqual({
      state: { answers: { profile: 'association' } },
      dropped: dropped('truncated', 'needs'),
    });
    expect(decodeShareFragment('1.wa.')).toEqual({
      state: { answers: { profile: 'association' } },
      dropped: dropped('truncated'),
    });
    // A cut segment that repeats a question makes both answers doubtful.
    expect(decodeShareFragment('1.wa.nev.w')).toEqual({
      state: { answers: { needs: ['email', 'visio'] } },
      dropped: dropped('truncated', 'profile'),
    });
  });

  test('every cut of a link says so and keeps only parts of the original', () => {
    const full: SharedState = {
      answers: { ...lyon.answers, priorities: ['france'], accounts: 'more' },
    };
    const link = encodeShareFragment(full);
    for (let end = 0; end < link.length; end += 1) {
      const result = decodeShareFragment(link.slice(0, end));
      expect(result.dropped.length, link.slice(0, end)).toBeGreaterThan(0);
      for (const [key, value] of Object.entries(result.state.answers)) {
        expect(full.answers).toHaveProperty(key, value);
      }
    }
  });

  test('spaces around the link and punctuation after it (added by chat apps) are ignored', () => {
    for (const link of [` ${lyonLink}\n`, `${lyonLink}.`, `${lyonLink})`, `${lyonLink}"`]) {
      expect(decodeShareFragment(link), link).toEqual({ state: lyon, dropped: [] });
    }
  });

  test('dropped parts are listed once each, in a fixed order', () => {
    expect(decodeShareFragment('1.x.bz.y.wz').dropped).toEqual(
      dropped('truncated', 'profile', 'budget', 'other'),
    );
  });
});

describe('what is not a link is refused plainly', () => {
  test.each(['0.wa.nev-', '2.wa.nev-', '9999.wa-', '2'])('unknown version %j', (link) => {
    expect(decodeShareFragment(link)).toEqual(nothingKept('version'));
  });

  test.each(['', '-', 'wa.nev-', 'v1.wa-', '1x.wa-', '1e0.wa-', '\uD800', 'constructor'])(
    'unreadable %j',
    (link) => {
      expect(decodeShareFragment(link)).toEqual(nothingKept('unreadable'));
    },
  );

  test('a 1 MB string is refused quickly, without throwing', () => {
    const huge = `1.wa.${'n'.repeat(1024 * 1024)}-`;
    const start = performance.now();
    const result = decodeShareFragment(huge);
    expect(performance.now() - start).toBeLessThan(50);
    expect(result).toEqual(nothingKept('unreadable'));
    expect(decodeShareFragment('1.'.padEnd(maxFragmentLength + 1, 'a'))).toEqual(
      nothingKept('unreadable'),
    );
  });

  test('values of the wrong type at run time (from untyped code) are refused', () => {
    expect(decodeShareFragment(null as unknown as string)).toEqual(nothingKept('unreadable'));
    expect(readShareFragment(undefined as unknown as string)).toBeNull();
  });

  test('the encoder leaves out invalid parts rather than writing a broken link', () => {
    const bad = {
      answers: { profile: 'boss', needs: ['email', 'nope'], budget: 'free', accounts: -3 },
    } as unknown as SharedState;
    expect(encodeShareFragment(bad)).toBe('1.bf-');
  });
});

describe('reading the fragment from location.hash', () => {
  test.each([
    ['#r=1.wa.bm-', '1.wa.bm-'],
    ['r=1.wa.bm-', '1.wa.bm-'],
    ['#atelier&r=1.wa-', '1.wa-'],
    ['#r=1.wa-&atelier', '1.wa-'],
    ['#r=1%2Ewa%2D', '1.wa-'],
    ['#r=%E0%A4%A', '%E0%A4%A'],
    ['#r=', ''],
    ['#atelier', null],
    ['#', null],
    ['', null],
    ['#ar=1.wa-', null],
  ])('%j → %j', (hash, value) => {
    expect(readShareFragment(hash)).toBe(value);
  });

  test('a huge hash is returned unparsed, and the decoder refuses it', () => {
    const value = readShareFragment(`#r=${'%41'.repeat(400_000)}`);
    expect(value?.length).toBe(1_200_000);
    expect(decodeShareFragment(value ?? '')).toEqual(nothingKept('unreadable'));
  });
});

describe('the version 1 tables', () => {
  test('every code is one letter or digit, unique within its table', () => {
    for (const [name, table] of Object.entries(v1Tables)) {
      const codes = Object.values<string>(table);
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const code of codes) expect(code, name).toMatch(/^[A-Za-z0-9]$/);
    }
  });
});

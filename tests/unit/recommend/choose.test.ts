/**
 * Choosing a few, fairly: one branch per structure, ties spread by the
 * answers' hash, combinations, the quick path with no account, nothing
 * matches, priorities, an association's size, and local hosters' areas.
 */
import { describe, expect, test } from 'vitest';
import type { Hoster, NeedId } from '../../../src/content/schema';
import {
  isPriorityId,
  priorityIds,
  recommend,
  type RecommendationResult,
} from '../../../src/recommend';
import { answersHash } from '../../../src/recommend/hash';
import { normalisedName, registrableDomain, structureKeys } from '../../../src/recommend/structure';
import type { CompleteAnswers } from '../../../src/wizard/answers';
import { answers, assoLyon, at, hoster, lyonPostcode, offer, withHosters } from './fixtures';

const ids = (result: RecommendationResult) => result.recommendations.map((r) => r.hosterId);
const anywhere: CompleteAnswers['place'] = { kind: 'anywhere' };

/** Hosters alike in everything that scores, differing only by id (and so by hash). */
const twins = (count: number, more: Partial<Hoster> = {}): Hoster[] =>
  Array.from({ length: count }, (_, i) =>
    hoster(`twin-${i}`, { offers: [offer('email', 'free')], ...more }),
  );

describe('never two branches of the same structure', () => {
  test('the website domain is the registrable part', () => {
    expect(registrableDomain('https://www.exemple.org/a')).toBe('exemple.org');
    expect(registrableDomain('https://services.lyon.exemple.org')).toBe('exemple.org');
    expect(registrableDomain('https://www.mon-asso.asso.fr')).toBe('mon-asso.asso.fr');
    expect(registrableDomain('not a url')).toBeNull();
  });

  test('names ignore case, accents, punctuation and a trailing place', () => {
    expect(normalisedName('Éxemple (Lyon)')).toBe('exemple');
    expect(normalisedName('EXEMPLE – Paris')).toBe('exemple');
    expect(normalisedName('Le P.I.C.')).toBe('lepic');
    expect(structureKeys({ id: 'x', name: '!!!', website: null })).toEqual(['id:x']);
  });

  test('two branches with one domain: only the better one is shown', () => {
    const lyon = hoster('exemple-lyon', {
      name: 'Exemple Lyon',
      website: 'https://lyon.exemple.org',
      location: at('Lyon', '69'),
      offers: [offer('email', 'free')],
    });
    const paris = hoster('exemple-paris', {
      name: 'Exemple Paris',
      website: 'https://www.exemple.org',
      location: at('Paris', '75'),
      offers: [offer('email', 'free')],
    });
    const other = hoster('autre', {
      location: at('Paris', '75'),
      offers: [offer('email', 'free')],
    });
    const result = recommend(answers(), withHosters([paris, other, lyon]), { limit: 10 });
    expect(ids(result)).toEqual(['exemple-lyon', 'autre']);
    expect(result.candidates).toBe(3);
  });

  test('two branches with one name and no website: only one is shown', () => {
    const a = hoster('a', { name: 'Exemple (Lyon)', offers: [offer('email', 'free')] });
    const b = hoster('b', { name: 'exemple - Paris', offers: [offer('email', 'free')] });
    expect(ids(recommend(answers(), withHosters([a, b]), { limit: 10 }))).toHaveLength(1);
  });
});

describe('equally good hosters are shown in turn', () => {
  const world = withHosters(twins(8));

  test('the same answers always give the same order, whatever the content order', () => {
    const person = answers({ needs: ['email'], place: anywhere });
    const first = ids(recommend(person, world));
    const reversed = withHosters(twins(8).reverse());
    expect(ids(recommend(person, world))).toEqual(first);
    expect(ids(recommend(person, reversed))).toEqual(first);
    // The order of the needs and repeats do not make another person.
    expect(answersHash(answers({ needs: ['email', 'visio'] }))).toBe(
      answersHash(answers({ needs: ['visio', 'email', 'visio'] })),
    );
  });

  test('different people are spread across them', () => {
    const firsts = new Set<string>();
    for (const profile of ['individual', 'association', 'helper'] as const)
      for (const budget of ['free', 'membership', 'paid', 'unknown'] as const)
        for (const code of ['01', '13', '38', '69', '75']) {
          const person = answers({ profile, budget, place: { kind: 'departement', code } });
          const [top] = recommend(person, world).recommendations;
          if (top) firsts.add(top.hosterId);
        }
    expect(firsts.size).toBeGreaterThanOrEqual(6);
  });

  test('the page says so when an equally good one was left out', () => {
    const result = recommend(answers({ place: anywhere }), world);
    expect(result.inTurn).toBe(true);
    expect(result.notices).toContainEqual({ key: 'notices.inTurn' });
    expect(result.recommendations.every((r) => r.tied)).toBe(true);
  });

  test('and does not when the best ones are clearly better', () => {
    const near = hoster('near', { location: at('Lyon', '69'), offers: [offer('email', 'free')] });
    const result = recommend(answers(), withHosters([near, ...twins(3)]), { limit: 1 });
    expect(ids(result)).toEqual(['near']);
    expect(result.inTurn).toBe(false);
    expect(result.recommendations[0]?.tied).toBe(false);
    expect(result.notices).toEqual([]);
  });
});

describe('combinations, when no single hoster covers everything', () => {
  const mailLyon = hoster('mail-lyon', {
    location: at('Lyon', '69'),
    offers: [offer('email', 'free')],
  });
  const visioParis = hoster('visio-paris', {
    location: at('Paris', '75'),
    offers: [offer('visio', 'free')],
  });
  const visioGrenoble = hoster('visio-grenoble', {
    location: at('Grenoble', '38'),
    offers: [offer('visio', 'free')],
  });
  const visioPadMarseille = hoster('visio-pad-marseille', {
    location: at('Marseille', '13'),
    offers: [offer('visio', 'free'), offer('pad', 'none')],
  });
  const padAin = hoster('pad-ain', { location: at(null, '01'), offers: [offer('pad', 'none')] });

  test('"email at A, video calls at B": the nearer B', () => {
    const result = recommend(
      answers({ needs: ['email', 'visio'] }),
      withHosters([visioParis, mailLyon, visioGrenoble]),
    );
    expect(result.combination?.parts).toEqual([
      { hosterId: 'mail-lyon', needs: ['email'], inDoubt: [], distanceKm: 0 },
      {
        hosterId: 'visio-grenoble',
        needs: ['visio'],
        inDoubt: [],
        distanceKm: expect.any(Number) as number,
      },
    ]);
    expect(result.combination?.missing).toEqual([]);
    expect(result.combination?.recommendations.map((r) => r.hosterId)).toEqual([
      'mail-lyon',
      'visio-grenoble',
    ]);
    expect(result.notices).toContainEqual({ key: 'notices.combination' });
    // The best single hosters are still shown.
    expect(result.recommendations).toHaveLength(3);
  });

  test('fewer hosters rather than more', () => {
    const result = recommend(
      answers({ needs: ['email', 'visio', 'pad'] }),
      withHosters([mailLyon, visioGrenoble, padAin, visioPadMarseille]),
    );
    expect(result.combination?.parts.map((p) => [p.hosterId, p.needs])).toEqual([
      ['mail-lyon', ['email']],
      ['visio-pad-marseille', ['visio', 'pad']],
    ]);
  });

  test('says what no one offers', () => {
    const result = recommend(
      answers({ needs: ['email', 'visio', 'calendar'] }),
      withHosters([mailLyon, visioParis]),
    );
    expect(result.combination?.missing).toEqual(['calendar']);
  });

  test('none when one hoster covers everything, or with no needs picked', () => {
    const both = hoster('both', { offers: [offer('email', 'free'), offer('visio', 'free')] });
    const world = withHosters([mailLyon, visioParis, both]);
    expect(recommend(answers({ needs: ['email', 'visio'] }), world).combination).toBeNull();
    expect(recommend(answers({ needs: [] }), world).combination).toBeNull();
  });

  test('a need whose sign-up is unknown is in doubt, and a sure one is preferred', () => {
    const unsure = hoster('visio-unsure', {
      location: at('Lyon', '69'),
      offers: [offer('email', 'free'), offer('visio', null)],
    });
    const result = recommend(
      answers({ needs: ['email', 'visio'] }),
      withHosters([unsure, visioParis]),
    );
    expect(ids(result)[0]).toBe('visio-unsure');
    expect(result.combination?.parts.map((p) => [p.hosterId, p.needs, p.inDoubt])).toEqual([
      ['visio-unsure', ['email'], []],
      ['visio-paris', ['visio'], []],
    ]);
    // With only the unsure one, there is nothing to combine.
    expect(
      recommend(answers({ needs: ['email', 'visio'] }), withHosters([unsure])).combination,
    ).toBe(null);
  });

  test('never two branches of one structure', () => {
    const a = hoster('a', {
      website: 'https://a.exemple.org',
      offers: [offer('email', 'free')],
    });
    const b = hoster('b', { website: 'https://b.exemple.org', offers: [offer('visio', 'free')] });
    expect(recommend(answers({ needs: ['email', 'visio'] }), withHosters([a, b])).combination).toBe(
      null,
    );
  });
});

describe('the quick path: no account', () => {
  const world = withHosters([
    hoster('pad-none', { location: at('Paris', '75'), offers: [offer('pad', 'none')] }),
    hoster('pad-free', { location: at('Lyon', '69'), offers: [offer('pad', 'free')] }),
    hoster('pad-unknown', { location: at('Lyon', '69'), offers: [offer('pad', null)] }),
  ]);
  const person = answers({ needs: ['pad'] });

  test('keeps offers with no account, then unknown ones, never known accounts', () => {
    const result = recommend(person, world, { noAccount: true });
    expect(ids(result)).toEqual(['pad-none', 'pad-unknown']);
    expect(result.noAccount).toBe(true);
    expect(result.notices).toEqual([{ key: 'notices.noAccount' }]);
    expect(result.recommendations[0]?.reasons).toContainEqual({ key: 'reasons.noAccount' });
    expect(result.recommendations[1]?.unknowns).toContainEqual({
      key: 'unknowns.registrationUnknown',
    });
  });

  test('without it, a free account next door is as good as no account far away', () => {
    const result = recommend(person, world);
    expect(ids(result)).toEqual(['pad-free', 'pad-none', 'pad-unknown']);
    expect(result.noAccount).toBe(false);
  });
});

describe('nothing matches: which answer, and the least change', () => {
  test('a "free" budget and members-only offers: join, and here is how many', () => {
    const person = answers({ needs: ['email', 'visio'], budget: 'free' });
    const world = withHosters([assoLyon]);
    const result = recommend(person, world);
    expect(result.recommendations).toEqual([]);
    expect(result.nothing).toEqual({
      cause: 'budget',
      answer: 'budget',
      relaxed: { ...person, budget: 'membership' },
      relaxedBudget: 'membership',
      candidates: 1,
      message: { key: 'nothing.budgetMembership', params: { count: 1 } },
    });
    expect(result.notices).toEqual([result.nothing?.message]);
    const relaxed = result.nothing?.relaxed;
    expect(relaxed && ids(recommend(relaxed, world))).toEqual(['asso-test-lyon']);
  });

  test('customers only: paying is the least change', () => {
    const coop = hoster('coop', { offers: [offer('email', 'client')] });
    const result = recommend(answers({ budget: 'free' }), withHosters([coop]));
    expect(result.nothing?.relaxedBudget).toBe('paid');
    expect(result.nothing?.message.key).toBe('nothing.budgetPaid');
  });

  test('the quick path, where every offer needs an account', () => {
    const result = recommend(
      answers({ needs: ['pad'] }),
      withHosters([hoster('pad-free', { offers: [offer('pad', 'free')] })]),
      { noAccount: true },
    );
    expect(result.nothing).toMatchObject({
      cause: 'noAccount',
      answer: 'noAccount',
      candidates: 1,
    });
    expect(result.notices).toEqual([{ key: 'nothing.noAccount', params: { count: 1 } }]);
  });

  test('everything full: no one answer helps', () => {
    const full = hoster('full', { offers: [offer('email', 'free', { capacity: 'full' })] });
    const result = recommend(answers({ budget: 'free' }), withHosters([full]));
    expect(result.nothing).toMatchObject({ cause: 'full', answer: null, relaxed: null });
  });

  test('no one offers it: offer the common services instead', () => {
    const person = answers({ needs: ['calendar'] });
    const result = recommend(
      person,
      withHosters([hoster('pad', { offers: [offer('pad', 'none')] })]),
    );
    expect(result.nothing).toMatchObject({
      cause: 'needs',
      answer: 'needs',
      relaxed: { ...person, needs: [] },
      candidates: 1,
      message: { key: 'nothing.needs' },
    });
  });
});

describe('priorities (what matters to the person)', () => {
  test('are a known list', () => {
    expect(priorityIds).toEqual(['association', 'meet', 'allInOne', 'france', 'longLived']);
    expect(isPriorityId('meet')).toBe(true);
    expect(isPriorityId('cheap')).toBe(false);
  });

  const company = hoster('company-lyon', {
    structure: 'company',
    location: at('Lyon', '69'),
    offers: [offer('email', 'free')],
  });
  const association = hoster('asso-paris', {
    structure: 'association',
    location: at('Paris', '75'),
    offers: [offer('email', 'free')],
  });
  const unknownStructure = hoster('who-knows', { offers: [offer('email', 'free')] });
  const world = withHosters([company, association, unknownStructure]);

  test('"run by an association" outweighs distance, never coverage', () => {
    expect(ids(recommend(answers(), world))[0]).toBe('company-lyon');
    const result = recommend(answers(), world, { priorities: ['association'] });
    expect(ids(result)[0]).toBe('asso-paris');
    expect(result.recommendations[0]?.reasons).toContainEqual({
      key: 'reasons.runByAssociation',
    });
    const byId = new Map(result.recommendations.map((r) => [r.hosterId, r]));
    expect(byId.get('company-lyon')?.limits).toContainEqual({ key: 'limits.notAssociation' });
    expect(byId.get('who-knows')?.unknowns).toContainEqual({ key: 'unknowns.structureUnknown' });
    const moreCoverage = hoster('company-both', {
      structure: 'company',
      offers: [offer('email', 'free'), offer('visio', 'free')],
    });
    const both = recommend(
      answers({ needs: ['email', 'visio'] }),
      withHosters([association, moreCoverage]),
      {
        priorities: ['association'],
      },
    );
    expect(ids(both)[0]).toBe('company-both');
  });

  test('"I want to meet them" makes distance and help in person count twice', () => {
    const helpFar = hoster('help-grenoble', {
      location: at('Grenoble', '38'),
      audiences: ['individuals'],
      offers: [offer('email', 'free')],
    });
    const near = hoster('near-lyon', {
      location: at('Lyon', '69'),
      offers: [offer('email', 'free')],
    });
    const w = withHosters([helpFar, near]);
    const plain = recommend(answers(), w).recommendations;
    const meet = recommend(answers(), w, { priorities: ['meet'] }).recommendations;
    const gap = (list: typeof plain) => (list[0]?.score ?? 0) - (list[1]?.score ?? 0);
    expect(ids(recommend(answers(), w, { priorities: ['meet'] }))[0]).toBe('near-lyon');
    expect(gap(meet)).toBeGreaterThan(gap(plain));
  });

  test('"the most services in one place" prefers the hoster that offers most', () => {
    const many = hoster('many', {
      offers: ['email', 'visio', 'pad', 'cloud', 'calendar'].map((s) =>
        offer(s as 'email', 'free'),
      ),
    });
    const few = hoster('few', { location: at('Lyon', '69'), offers: [offer('email', 'free')] });
    const result = recommend(answers(), withHosters([many, few]), { priorities: ['allInOne'] });
    expect(ids(result)[0]).toBe('many');
    expect(result.recommendations[0]?.reasons).toContainEqual({
      key: 'reasons.manyServices',
      params: { count: 5 },
    });
  });

  test('"based in France": known yes first, unknown said, abroad a limit', () => {
    const fr = hoster('fr', { location: at(null, '75'), offers: [offer('email', 'free')] });
    const be = hoster('be', {
      location: { ...at(null, null), country: 'BE' },
      offers: [offer('email', 'free')],
    });
    const unknown = hoster('unknown', { offers: [offer('email', 'free')] });
    const result = recommend(answers({ place: anywhere }), withHosters([be, unknown, fr]), {
      priorities: ['france'],
    });
    expect(ids(result)[0]).toBe('fr');
    const byId = new Map(result.recommendations.map((r) => [r.hosterId, r]));
    expect(byId.get('fr')?.reasons).toContainEqual({ key: 'reasons.basedInFrance' });
    expect(byId.get('be')?.limits).toContainEqual({ key: 'limits.notInFrance' });
    expect(byId.get('unknown')?.unknowns).toContainEqual({ key: 'unknowns.countryUnknown' });
  });

  test('change the tie-break, as they make another person', () => {
    expect(answersHash(answers(), { priorities: ['meet'] })).not.toBe(answersHash(answers()));
    expect(answersHash(answers(), { priorities: ['meet', 'france'] })).toBe(
      answersHash(answers(), { priorities: ['france', 'meet', 'meet'] }),
    );
  });
});

test("an association's size is a question to ask, when accounts are needed", () => {
  const world = withHosters([
    hoster('mail', { offers: [offer('email', 'member')] }),
    hoster('pad', { offers: [offer('pad', 'none')] }),
  ]);
  const association = answers({ profile: 'association', needs: ['email', 'pad'], place: anywhere });
  const result = recommend(association, world, { accounts: 20 });
  const byId = new Map(result.recommendations.map((r) => [r.hosterId, r]));
  expect(byId.get('mail')?.unknowns).toContainEqual({
    key: 'unknowns.accounts',
    params: { accounts: 20 },
  });
  // A pad with no account needs no accounts.
  expect(byId.get('pad')?.unknowns).toEqual([]);
  // Only for an association, and only a sensible number.
  const solo = recommend({ ...association, profile: 'individual' }, world, { accounts: 20 });
  const all = [
    ...solo.recommendations,
    ...recommend(association, world, { accounts: -3 }).recommendations,
  ];
  for (const r of all) {
    expect(r.unknowns.map((m) => m.key)).not.toContain('unknowns.accounts');
  }
});

describe('local and regional hosters serve mostly the people around them', () => {
  const local = (id: string, departement: string, more: Partial<Hoster> = {}) =>
    hoster(id, {
      location: { ...at(null, departement), area: 'local' },
      offers: [offer('email', 'member'), offer('pad', 'none')],
      ...more,
    });
  const national = hoster('national', {
    location: { ...at('Paris', '75'), area: 'national' },
    offers: [offer('email', 'member')],
  });
  const needs: NeedId[] = ['email'];

  test('inside their area, an account there is a sure match', () => {
    const result = recommend(
      answers({ needs }),
      withHosters([local('lyon-local', '69'), national]),
    );
    expect(ids(result)).toEqual(['lyon-local', 'national']);
    expect(result.recommendations[0]?.unknowns).toEqual([]);
  });

  test('outside it, an account there is in doubt: ask them', () => {
    const result = recommend(
      answers({ needs, place: { kind: 'departement', code: '13' } }),
      withHosters([local('lyon-local', '69'), national]),
    );
    expect(ids(result)).toEqual(['national', 'lyon-local']);
    expect(result.recommendations[1]?.unknowns).toEqual([{ key: 'unknowns.localArea' }]);
  });

  test('"anywhere" cannot tell, so it is in doubt too', () => {
    const result = recommend(
      answers({ needs, place: anywhere }),
      withHosters([local('l', '69'), national]),
    );
    expect(ids(result)).toEqual(['national', 'l']);
  });

  test('a service with no account is open to anyone', () => {
    const result = recommend(
      answers({ needs: ['pad'], place: { kind: 'departement', code: '13' } }),
      withHosters([local('lyon-local', '69')]),
    );
    expect(result.recommendations[0]?.unknowns).toEqual([]);
  });

  test('a regional hoster serves its whole region', () => {
    const regional = local('grenoble-regional', '38', {
      location: { ...at(null, '38'), area: 'regional' },
    });
    // Ain (01) and Isère (38) are both in Auvergne-Rhône-Alpes in the fixture catalogue.
    const inside = recommend(
      answers({ needs, place: { kind: 'departement', code: '01' } }),
      withHosters([regional]),
    );
    expect(inside.recommendations[0]?.unknowns).toEqual([]);
    const outside = recommend(
      answers({ needs, place: { kind: 'departement', code: '75' } }),
      withHosters([regional]),
    );
    expect(outside.recommendations[0]?.unknowns).toEqual([{ key: 'unknowns.regionalArea' }]);
  });
});

test('a département far from Lyon still counts as near when it is the same département', () => {
  const sameButFar = hoster('same-dep', {
    location: at(null, '69', { lat: 46.9, lon: 4.8, method: 'city', from: 'test' }),
    support: { inPerson: true, workshops: null, notes: null },
    offers: [offer('email', 'free')],
  });
  const [r] = recommend(
    answers({ place: lyonPostcode }),
    withHosters([sameButFar]),
  ).recommendations;
  expect(r?.reasons).toContainEqual({ key: 'reasons.sameDepartement' });
  expect(r?.reasons).toContainEqual({ key: 'reasons.inPerson' });
});

describe('"a long-lived hoster" (what matters to the person)', () => {
  const since = (id: string, year: string | null) =>
    hoster(id, { chatons: { status: 'member', since: year }, offers: [offer('email', 'free')] });
  const world = withHosters([since('unknown', null), since('young', '2024'), since('old', '2016')]);
  const person = answers({ place: anywhere });

  test('puts the hosters known to last first, with the year to judge by', () => {
    const result = recommend(person, world, { priorities: ['longLived'] });
    expect(ids(result)).toEqual(['old', 'young', 'unknown']);
    const byId = new Map(result.recommendations.map((r) => [r.hosterId, r]));
    expect(byId.get('old')?.reasons).toContainEqual({
      key: 'reasons.longLived',
      params: { since: 2016 },
    });
    expect(byId.get('young')?.limits).toContainEqual({
      key: 'limits.recentMember',
      params: { since: 2024 },
    });
  });

  test('an unknown year is said, and never counts against the hoster', () => {
    const result = recommend(person, world, { priorities: ['longLived'] });
    const unknown = result.recommendations.find((r) => r.hosterId === 'unknown');
    expect(unknown?.unknowns).toContainEqual({ key: 'unknowns.sinceUnknown' });
    expect(unknown?.limits).toEqual([]);
  });

  test('never outweighs one more covered need', () => {
    const covering = hoster('covering', { offers: [offer('email', 'free'), offer('pad', 'free')] });
    const result = recommend(
      answers({ place: anywhere, needs: ['email', 'pad'] }),
      withHosters([since('old', '2016'), covering]),
      { priorities: ['longLived'] },
    );
    expect(ids(result)[0]).toBe('covering');
  });

  test('without the priority, nothing is said about the year', () => {
    for (const r of recommend(person, world).recommendations) {
      const keys = [...r.reasons, ...r.limits, ...r.unknowns].map((m) => m.key);
      expect(keys).not.toContain('reasons.longLived');
      expect(keys).not.toContain('unknowns.sinceUnknown');
    }
  });
});

test('the largest association size is asked as "more than 50", not as a made-up number', () => {
  const world = withHosters([hoster('mail', { offers: [offer('email', 'member')] })]);
  const association = answers({ profile: 'association', needs: ['email'], place: anywhere });
  const [first] = recommend(association, world, { accounts: 51 }).recommendations;
  expect(first?.unknowns).toContainEqual({
    key: 'unknowns.accountsMore',
    params: { accounts: 50 },
  });
  const [fifty] = recommend(association, world, { accounts: 50 }).recommendations;
  expect(fifty?.unknowns).toContainEqual({ key: 'unknowns.accounts', params: { accounts: 50 } });
});

import { describe, expect, test } from 'vitest';
import type { Hoster, NeedId } from '../../../src/content/schema';
import type { CompleteAnswers } from '../../../src/wizard/answers';
import { commonNeeds, recommend, type Recommendation } from '../../../src/recommend';
import {
  answers,
  assoLyon,
  at,
  content,
  coopParis,
  hoster,
  lyonPostcode,
  offer,
  withHosters,
} from './fixtures';

const ids = (list: Recommendation[]) => list.map((r) => r.hosterId);
const keys = (r: Recommendation) => [...r.reasons, ...r.limits, ...r.unknowns].map((m) => m.key);
const find = (list: Recommendation[], id: string): Recommendation => {
  const found = list.find((r) => r.hosterId === id);
  if (!found) throw new Error(`${id} was not recommended`);
  return found;
};

describe('an association in Lyon needing email and video calls', () => {
  const association = answers({
    profile: 'association',
    needs: ['email', 'visio'],
    place: lyonPostcode,
    budget: 'membership',
  });

  test('gets the nearby association first, with why', () => {
    const [first] = recommend(association, content).recommendations;
    expect(first?.hosterId).toBe('asso-test-lyon');
    expect(first?.reasons).toEqual(
      expect.arrayContaining([
        { key: 'reasons.coversAll', params: { count: 2 } },
        { key: 'reasons.sameDepartement' },
        { key: 'reasons.association' },
        { key: 'reasons.forAssociations' },
        { key: 'reasons.inPerson' },
        { key: 'reasons.membership', params: { price: 15 } },
      ]),
    );
    expect(first?.signup).toBe('member');
    expect(first?.missing).toEqual([]);
    expect(first?.covered.map((c) => c.need)).toEqual(['email', 'visio']);
  });

  test('in Marseille, the same association gets the Marseille one first', () => {
    const [first] = recommend(
      { ...association, place: { kind: 'departement', code: '13' } },
      content,
    ).recommendations;
    expect(first?.hosterId).toBe('asso-test-marseille');
  });

  test('far hosters show the distance as a limit, nearer ones as a reason', () => {
    const all = recommend(association, content, { limit: 10 }).recommendations;
    const grenoble = find(all, 'asso-test-grenoble');
    expect(grenoble.distanceKm).toBeGreaterThan(50);
    expect(grenoble.reasons).toContainEqual({
      key: 'reasons.near',
      params: { km: grenoble.distanceKm ?? -1, city: 'Grenoble' },
    });
    const marseille = find(all, 'asso-test-marseille');
    expect(marseille.limits).toContainEqual({
      key: 'limits.far',
      params: { km: marseille.distanceKm ?? -1 },
    });
  });
});

test('help in person counts only when the hoster is near enough to meet', () => {
  const from = (place: CompleteAnswers['place']) =>
    find(
      recommend(answers({ profile: 'association', needs: ['pad'], place }), content, { limit: 10 })
        .recommendations,
      'asso-test-lyon',
    );
  const inLyon = from(lyonPostcode);
  const inParis = from({ kind: 'departement', code: '75' });
  expect(keys(inLyon)).toEqual(expect.arrayContaining(['reasons.inPerson', 'reasons.workshops']));
  expect(keys(inParis)).not.toContain('reasons.inPerson');
  expect(keys(inParis)).not.toContain('reasons.workshops');
  expect(keys(inParis)).toContain('limits.far');
  // With "anywhere" the person did not rule it out.
  expect(keys(from({ kind: 'anywhere' }))).toContain('reasons.inPerson');
});

describe('budget "free"', () => {
  const free = answers({ needs: ['email', 'visio', 'pad', 'files'], budget: 'free' });

  test('never gets a members-only (paying) or customers-only offer', () => {
    const { recommendations } = recommend(free, content, { limit: 10 });
    expect(recommendations.length).toBeGreaterThan(0);
    for (const r of recommendations) {
      const fee = content.hosters.find((h) => h.id === r.hosterId)?.pricing.membershipEurPerYear;
      for (const o of r.covered.flatMap((c) => c.offers)) {
        expect(o.registration).not.toBe('client');
        if (o.registration === 'member') expect(fee).toBe(0);
      }
      expect(r.signup).not.toBe('client');
    }
    // The Lyon association keeps only its no-account pad.
    const lyon = find(recommendations, 'asso-test-lyon');
    expect(lyon.covered.map((c) => c.need)).toEqual(['pad']);
    expect(lyon.missing).toEqual(['email', 'visio', 'files']);
    expect(lyon.limits).toContainEqual({ key: 'limits.missingNeeds', params: { count: 3 } });
  });

  test('keeps members-only offers when membership is free (0 €)', () => {
    const all = recommend(free, content, { limit: 10 }).recommendations;
    const marseille = find(all, 'asso-test-marseille');
    expect(marseille.covered.map((c) => c.need)).toEqual(['email', 'visio', 'pad']);
    expect(marseille.reasons).toContainEqual({ key: 'reasons.freeMembership' });
  });

  test('drops an offer of unknown sign-up at a hoster known to be paid', () => {
    const pad = (budget: 'free' | 'unknown') =>
      ids(recommend(answers({ needs: ['pad'], budget }), content, { limit: 10 }).recommendations);
    expect(pad('free')).not.toContain('coop-test-paris');
    expect(pad('unknown')).toContain('coop-test-paris');
  });
});

test('customers-only offers need budget "paid" or "unknown"', () => {
  const forBudget = (budget: 'free' | 'membership' | 'paid' | 'unknown') =>
    ids(recommend(answers({ needs: ['email'], budget }), content, { limit: 10 }).recommendations);
  expect(forBudget('paid')).toContain('coop-test-paris');
  expect(forBudget('unknown')).toContain('coop-test-paris');
  expect(forBudget('membership')).not.toContain('coop-test-paris');
  expect(forBudget('free')).not.toContain('coop-test-paris');
});

test('a customers-only hoster says so, and says when no price is given', () => {
  const paid = (needs: NeedId[]) =>
    find(
      recommend(answers({ needs, budget: 'paid' }), content, { limit: 10 }).recommendations,
      'coop-test-paris',
    );
  const visio = paid(['visio']);
  expect(visio.signup).toBe('client');
  expect(visio.limits).toContainEqual({ key: 'limits.clientsOnly' });
  expect(visio.unknowns).toContainEqual({ key: 'unknowns.priceUnknown' });
  // The email offer states its price, so there is nothing to ask.
  expect(keys(paid(['email']))).not.toContain('unknowns.priceUnknown');
});

test('a full or closed service is never recommended', () => {
  const all = ['email', 'visio', 'pad', 'files'] as const;
  for (const profile of ['individual', 'association', 'helper'] as const) {
    const result = recommend(answers({ profile, needs: [...all] }), content, { limit: 10 });
    expect(ids(result.recommendations)).not.toContain('full-test-villeurbanne');
  }
  // A hoster with a full mailbox service still offers its open video calls.
  const fullEmail: Hoster = {
    ...assoLyon,
    offers: [offer('email', 'free', { capacity: 'full' }), offer('visio', 'free')],
  };
  const [only] = recommend(
    answers({ needs: ['email', 'visio'] }),
    withHosters([fullEmail]),
  ).recommendations;
  expect(only?.covered.map((c) => c.need)).toEqual(['visio']);
  expect(only?.missing).toEqual(['email']);
});

test('a hoster that is not a current CHATONS member is never recommended', () => {
  const statuses = ['former', 'candidate', 'unknown'] as const;
  const others = statuses.map((status) => ({
    ...assoLyon,
    id: `test-${status}`,
    chatons: { status, since: null },
  }));
  const result = recommend(answers({ needs: ['email', 'pad'] }), withHosters([...others]), {
    limit: 10,
  });
  expect(result.recommendations).toEqual([]);
  expect(result.candidates).toBe(0);
  const all = recommend(answers({ needs: ['email', 'pad'] }), content, { limit: 10 });
  expect(ids(all.recommendations)).not.toContain('former-test-lyon');
});

describe('distance', () => {
  // Two hosters alike in everything but place; "a-" would win a tie by id.
  const nowhere = hoster('a-nowhere', { offers: [offer('email', 'free')] });
  const lyon = hoster('b-lyon', { location: at('Lyon', '69'), offers: [offer('email', 'free')] });
  const paris = hoster('c-paris', {
    location: at('Paris', '75'),
    offers: [offer('email', 'free')],
  });
  const twins = withHosters([nowhere, paris, lyon]);

  test('nearer comes first; beyond 200 km, a known place is no better than an unknown one', () => {
    const grenoble = hoster('d-grenoble', {
      location: at('Grenoble', '38'),
      offers: [offer('email', 'free')],
    });
    const result = recommend(
      answers({ needs: ['email'] }),
      withHosters([nowhere, paris, lyon, grenoble]),
      { limit: 10 },
    ).recommendations;
    expect(ids(result).slice(0, 2)).toEqual(['b-lyon', 'd-grenoble']);
    expect(result[0]?.reasons).toContainEqual({ key: 'reasons.sameDepartement' });
    expect(find(result, 'c-paris').score).toBe(find(result, 'a-nowhere').score);
    const unknown = find(result, 'a-nowhere');
    expect(unknown.distanceKm).toBeNull();
    expect(unknown.unknowns).toContainEqual({ key: 'unknowns.placeUnknown' });
  });

  test('"anywhere" ignores distance entirely', () => {
    const result = recommend(
      answers({ needs: ['email'], place: { kind: 'anywhere' } }),
      twins,
    ).recommendations;
    // Equal scores: all three are shown, in an order decided by the answers' hash.
    expect([...ids(result)].sort()).toEqual(['a-nowhere', 'b-lyon', 'c-paris']);
    expect(new Set(result.map((r) => r.score)).size).toBe(1);
    expect(result.every((r) => r.tied)).toBe(true);
    for (const r of result) {
      expect(r.distanceKm).toBeNull();
      expect(keys(r)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/near|far|Departement|placeUnknown/)]),
      );
    }
  });

  test('the Paris–Lyon distance is reported in whole km', () => {
    const result = recommend(answers({ needs: ['email'] }), twins).recommendations;
    const km = find(result, 'c-paris').distanceKm;
    expect(Number.isInteger(km)).toBe(true);
    expect(km).toBeGreaterThan(380);
    expect(km).toBeLessThan(405);
  });

  test('a hoster placed only by its postcode is still placed', () => {
    const result = recommend(answers({ needs: ['pad'] }), content, { limit: 10 }).recommendations;
    const ain = find(result, 'solo-test-ain');
    expect(ain.distanceKm).toBeGreaterThan(0);
    expect(ain.reasons).toContainEqual({
      key: 'reasons.nearNoCity',
      params: { km: ain.distanceKm ?? -1 },
    });
  });
});

describe('unknown sign-up', () => {
  const unknownNear = hoster('a-unknown-lyon', {
    location: at('Lyon', '69'),
    offers: [offer('email', null), offer('visio', 'free')],
  });
  const knownFar = hoster('b-known-paris', {
    location: at('Paris', '75'),
    offers: [offer('email', 'free'), offer('visio', 'free')],
  });

  test('ranks below a known match, even nearer, and says to ask them', () => {
    const result = recommend(
      answers({ needs: ['email', 'visio'] }),
      withHosters([unknownNear, knownFar]),
    ).recommendations;
    expect(ids(result)).toEqual(['b-known-paris', 'a-unknown-lyon']);
    expect(result[1]?.unknowns).toContainEqual({
      key: 'unknowns.registrationUnknownSome',
      params: { count: 1 },
    });
    expect(result[1]?.covered.map((c) => c.need)).toEqual(['email', 'visio']);
  });

  test('when every covered service is unknown, the sign-up is unknown', () => {
    const [only] = recommend(
      answers({ needs: ['email'] }),
      withHosters([unknownNear]),
    ).recommendations;
    expect(only?.signup).toBe('unknown');
    expect(only?.unknowns).toContainEqual({ key: 'unknowns.registrationUnknown' });
  });

  test('still ranks above a hoster that does not offer the service', () => {
    const visioOnly = hoster('a-visio-only', {
      location: at('Lyon', '69'),
      offers: [offer('visio', 'free')],
    });
    const result = recommend(
      answers({ needs: ['email', 'visio'] }),
      withHosters([visioOnly, unknownNear]),
    ).recommendations;
    expect(ids(result)).toEqual(['a-unknown-lyon', 'a-visio-only']);
  });
});

describe('"I don\'t know yet" (no needs)', () => {
  const unsure = answers({ needs: [] });

  test('still gives 3 results, ranked by the common services they offer', () => {
    const { recommendations } = recommend(unsure, content);
    expect(recommendations).toHaveLength(3);
    for (const r of recommendations) {
      expect(r.missing).toEqual([]);
      for (const c of r.covered) expect(commonNeeds).toContain(c.need);
      expect(r.reasons[0]).toEqual({
        key: 'reasons.coversCommon',
        params: { count: r.covered.length, total: 4 },
      });
      expect(keys(r)).not.toContain('limits.missingNeeds');
    }
    const counts = recommendations.map((r) => r.covered.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('a hoster with none of the common services is left out', () => {
    const siteOnly = hoster('site-only', { offers: [offer('website', 'free')] });
    expect(recommend(unsure, withHosters([siteOnly])).candidates).toBe(0);
  });
});

describe('how many', () => {
  test('fewer candidates than the limit gives fewer results', () => {
    const result = recommend(answers({ needs: ['transfer'] }), content);
    expect(ids(result.recommendations)).toEqual(['solo-test-ain']);
    expect(result.candidates).toBe(1);
  });

  test('3 by default, or the limit asked for; candidates counts them all', () => {
    const needs = answers({ needs: ['email', 'pad'] });
    const all = recommend(needs, content, { limit: 100 });
    expect(all.candidates).toBe(all.recommendations.length);
    expect(all.candidates).toBeGreaterThan(3);
    expect(recommend(needs, content).recommendations).toHaveLength(3);
    expect(recommend(needs, content, { limit: 1 }).recommendations).toHaveLength(1);
    expect(recommend(needs, content, { limit: 0 }).recommendations).toEqual([]);
  });

  test('the same answers always give the same list', () => {
    const a = recommend(answers({ needs: ['email', 'pad'] }), content, { limit: 10 });
    const b = recommend(answers({ needs: ['email', 'pad'] }), {
      ...content,
      hosters: [...content.hosters].reverse(),
    });
    expect(ids(b.recommendations)).toEqual(ids(a.recommendations).slice(0, 3));
  });
});

test('a need answered at two sign-up levels counts at the easiest one', () => {
  const both = hoster('both', {
    pricing: { model: 'mixed', membershipEurPerYear: null, notes: null },
    offers: [offer('email', 'client'), offer('email', 'free'), offer('pad', null)],
  });
  const [only] = recommend(
    answers({ needs: ['email', 'pad'] }),
    withHosters([both]),
  ).recommendations;
  expect(only?.signup).toBe('free');
  expect(only?.covered[0]?.offers.map((o) => o.registration)).toEqual(['free', 'client']);
  expect(only?.reasons).toContainEqual({ key: 'reasons.freeAccount' });
  expect(only?.limits).not.toContainEqual({ key: 'limits.clientsOnly' });
});

test('a coop of customers is not offered to someone with "a few euros a year"', () => {
  const result = recommend(
    answers({ needs: ['email'], budget: 'membership' }),
    withHosters([coopParis]),
  );
  expect(result.candidates).toBe(0);
});

/**
 * Personas who name a town rather than a département: a person abroad
 * (Liège, Geneva) and one in a French commune (Villeurbanne). Same frozen
 * hosters as personas.test.ts; the place answers are what the place
 * question gives for "Liège", "Genève" and "Villeurbanne".
 */
import { describe, expect, test } from 'vitest';
import { Hoster } from '../../../src/content/schema';
import { recommend, type RecommendationResult } from '../../../src/recommend';
import type { RecommendContent } from '../../../src/recommend/prepare';
import type { CompleteAnswers } from '../../../src/wizard/answers';
import snapshot from './snapshot-2026-11-26.json';
import { loadRealContent } from './realContent';

const live = loadRealContent();
const world: RecommendContent = {
  hosters: snapshot.hosters.map((h) => Hoster.parse(h)),
  needs: live.needs,
  places: live.places,
};

const ids = (result: RecommendationResult) => result.recommendations.map((r) => r.hosterId);
const km = (result: RecommendationResult) => result.recommendations.map((r) => r.distanceKm);
const keys = (result: RecommendationResult) =>
  result.recommendations
    .flatMap((r) => [...r.reasons, ...r.limits, ...r.unknowns])
    .map((m) => m.key);

describe('an association in Liège, Belgium, needing video calls and a team chat', () => {
  const person: CompleteAnswers = {
    profile: 'association',
    needs: ['visio', 'chat'],
    place: { kind: 'abroad', code: 'BE-WLG', lat: 50.63, lon: 5.57 },
    budget: 'membership',
  };
  const result = recommend(person, world);

  test('gets the nearest hosters that cover both, measured from Liège', () => {
    expect(ids(result)).toEqual(['deuxfleurs', 'altertek', 'arn']);
    // Lille is 177 km from Liège, Strasbourg 276 km.
    expect(km(result)).toEqual([177, 177, 276]);
    expect(result.nothing).toBeNull();
  });

  test('says they are far, and never that they are in the same département', () => {
    const [first] = result.recommendations;
    expect(first?.limits).toContainEqual({ key: 'limits.far', params: { km: 177 } });
    expect(keys(result)).not.toContain('reasons.sameDepartement');
  });

  test('a regional hoster in France may not take people from abroad: ask them', () => {
    const arn = result.recommendations.find((r) => r.hosterId === 'arn');
    expect(arn?.unknowns).toContainEqual({ key: 'unknowns.regionalArea' });
  });

  test('the distance comes from the place abroad: "anywhere" gives none', () => {
    const anywhere = recommend({ ...person, place: { kind: 'anywhere' } }, world);
    expect(km(anywhere).every((d) => d === null)).toBe(true);
    expect(keys(anywhere)).not.toContain('limits.far');
  });
});

describe('a person in Geneva who wants video calls and a pad, for free', () => {
  const result = recommend(
    {
      profile: 'individual',
      needs: ['visio', 'pad'],
      place: { kind: 'abroad', code: 'CH-GE', lat: 46.2, lon: 6.15 },
      budget: 'free',
    },
    world,
  );

  test('gets the hosters of Lyon first, 112 km away', () => {
    expect(ids(result)).toEqual(['framasoft', 'hadoly', 'arn']);
    expect(km(result)).toEqual([112, 112, 291]);
  });

  test('a local hoster across the border is a question, not a no', () => {
    const hadoly = result.recommendations.find((r) => r.hosterId === 'hadoly');
    expect(hadoly?.unknowns).toContainEqual({ key: 'unknowns.localArea' });
  });
});

describe('a person in Villeurbanne (a commune, not a département)', () => {
  const result = recommend(
    {
      profile: 'individual',
      needs: ['visio', 'pad'],
      place: { kind: 'commune', code: '69266', departement: '69', lat: 45.77, lon: 4.88 },
      budget: 'free',
    },
    world,
  );

  test('is measured from the town itself, and is in the Rhône like the hosters of Lyon', () => {
    expect(ids(result).slice(0, 2)).toEqual(['framasoft', 'hadoly']);
    expect(km(result).slice(0, 2)).toEqual([3, 3]);
    expect(result.recommendations[0]?.reasons).toContainEqual({ key: 'reasons.sameDepartement' });
  });
});

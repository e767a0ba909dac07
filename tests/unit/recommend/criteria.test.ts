import { describe, expect, test } from 'vitest';
import type { Hoster } from '../../../src/content/schema';
import { badgeOf, criteriaOf } from '../../../src/recommend/criteria';
import type { Recommendation } from '../../../src/recommend/types';
import type { CompleteAnswers } from '../../../src/wizard/answers';
import snapshot from './snapshot-2026-11-26.json';

const hoster = (id: string): Hoster => {
  const found = (snapshot.hosters as Hoster[]).find((h) => h.id === id);
  if (!found) throw new Error(id);
  return found;
};

const base: Recommendation = {
  hosterId: 'x',
  score: 1,
  covered: [
    { need: 'email', offers: [] },
    { need: 'visio', offers: [] },
  ],
  missing: [],
  inDoubt: [],
  distanceKm: 23,
  signup: 'member',
  reasons: [],
  limits: [],
  unknowns: [],
  tied: false,
};
const lyon: CompleteAnswers = {
  profile: 'association',
  needs: ['email', 'visio'],
  place: { kind: 'departement', code: '69' },
  budget: 'membership',
};

const byId = (values: ReturnType<typeof criteriaOf>) =>
  Object.fromEntries(values.map((c) => [c.id, c]));

describe('criteria of the star graph', () => {
  test('a near association with a known membership fee scores in words', () => {
    const hadoly = hoster('hadoly');
    const c = byId(criteriaOf(base, hadoly, lyon));
    expect(c.services).toMatchObject({ value: 1, level: 'good' });
    expect(c.proximity).toMatchObject({ value: 1, level: 'good' });
    expect(c.signup).toMatchObject({ value: 0.6, level: 'fair' });
    expect(c.price).toMatchObject({ level: 'fair' });
  });

  test('unknown facts stay unknown, never a low value', () => {
    const unknownPlace = { ...base, distanceKm: null, signup: 'unknown' as const };
    const withoutDate = {
      ...hoster('hadoly'),
      chatons: { status: 'member' as const, since: null },
    };
    const c = byId(criteriaOf(unknownPlace, withoutDate, lyon));
    expect(c.proximity).toEqual({ id: 'proximity', value: null, level: 'unknown' });
    expect(c.signup).toEqual({ id: 'signup', value: null, level: 'unknown' });
    expect(c.longevity).toEqual({ id: 'longevity', value: null, level: 'unknown' });
  });

  test('distance does not count for someone who said "anywhere"', () => {
    const anywhere: CompleteAnswers = { ...lyon, place: { kind: 'anywhere' } };
    const c = byId(criteriaOf({ ...base, distanceKm: null }, hoster('hadoly'), anywhere));
    expect(c.proximity?.level).toBe('notRelevant');
  });

  test('needs in doubt count half, missing needs lower the services criterion', () => {
    const c = byId(
      criteriaOf({ ...base, inDoubt: ['visio'], missing: ['poll'] }, hoster('hadoly'), lyon),
    );
    expect(c.services?.value).toBeCloseTo(0.5);
    expect(c.services?.level).toBe('fair');
  });
});

describe('the overall badge', () => {
  test('says all, all to check, or part of the needs', () => {
    expect(badgeOf(base)).toBe('allNeeds');
    expect(badgeOf({ ...base, inDoubt: ['email'] })).toBe('allNeedsToCheck');
    expect(badgeOf({ ...base, missing: ['poll'] })).toBe('someNeeds');
  });
});

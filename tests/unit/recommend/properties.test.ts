/**
 * Properties of the recommender over random worlds and answers (fast-check).
 * Runs: FC_RUNS (default 1000), e.g. `FC_RUNS=10000 npx vitest run …`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Hoster, NeedId, Offer } from '../../../src/content/schema';
import { fitsBudget, fitsNoAccount, isActive, isOpen } from '../../../src/recommend/constraints';
import { commonNeeds } from '../../../src/recommend/coverage';
import { prepare, type RecommendContent } from '../../../src/recommend/prepare';
import { recommend, type RecommendOptions } from '../../../src/recommend/recommend';
import { structureKeys } from '../../../src/recommend/structure';
import type {
  PriorityId,
  Recommendation,
  RecommendationResult,
} from '../../../src/recommend/types';
import type { CompleteAnswers } from '../../../src/wizard/answers';
import { hoster as blankHoster, needs, places } from './fixtures';

const numRuns = Number(process.env.FC_RUNS ?? 1000) || 1000;
const codes = places.departements.map((d) => d.code);

const offerArb: fc.Arbitrary<Offer> = fc.record({
  service: fc.constantFrom('email', 'cloud', 'visio', 'pad', 'calendar', 'filesharing', 'website'),
  software: fc.constant(null),
  url: fc.constant(null),
  registration: fc.constantFrom('none', 'free', 'member', 'client', null),
  capacity: fc.constantFrom('open', 'full', 'closed', null, null),
  price: fc.constantFrom(null, '5 € par mois'),
  notes: fc.constant(null),
});

/** A hoster whose id is given; names and domains come from small pools, so branches happen. */
const hosterArb = (id: string): fc.Arbitrary<Hoster> =>
  fc
    .record({
      name: fc.constantFrom('Alpha', 'Beta (Lyon)', 'beta – Paris', 'Gamma', 'Delta', id),
      website: fc.constantFrom(
        null,
        'https://alpha.example.org',
        'https://lyon.beta.example.org',
        'https://www.beta.example.org',
        `https://${id}.example.net`,
      ),
      structure: fc.constantFrom('association', 'company', 'cooperative', null),
      status: fc.constantFrom('member', 'member', 'member', 'former', 'unknown'),
      departement: fc.constantFrom(null, ...codes),
      country: fc.constantFrom('FR', 'FR', 'BE', null),
      area: fc.constantFrom('local', 'regional', 'national', null),
      audiences: fc.subarray(['individuals', 'associations'] as const),
      model: fc.constantFrom('free', 'donation', 'membership', 'paid', 'mixed', null),
      fee: fc.constantFrom(null, 0, 12),
      inPerson: fc.constantFrom(true, false, null),
      workshops: fc.constantFrom(true, false, null),
      confidence: fc.constantFrom('high', 'medium', 'low'),
      offers: fc.array(offerArb, { maxLength: 6 }),
    })
    .map((r) =>
      blankHoster(id, {
        name: r.name,
        website: r.website,
        structure: r.structure,
        chatons: { status: r.status, since: null },
        location: {
          city: null,
          postcode: null,
          departement: r.departement,
          country: r.country,
          area: r.area,
          areaNote: null,
          point: null,
        },
        audiences: [...r.audiences],
        pricing: { model: r.model, membershipEurPerYear: r.fee, notes: null },
        support: { inPerson: r.inPerson, workshops: r.workshops, notes: null },
        confidence: r.confidence,
        offers: r.offers,
      }),
    );

const worldArb: fc.Arbitrary<Hoster[]> = fc
  .uniqueArray(fc.constantFrom(...Array.from({ length: 14 }, (_, i) => `h${i}`)), {
    maxLength: 12,
  })
  .chain((ids) => fc.tuple(...ids.map(hosterArb)));

const answersArb: fc.Arbitrary<CompleteAnswers> = fc.record({
  profile: fc.constantFrom('individual', 'association', 'helper'),
  needs: fc.subarray(needs.map((n) => n.id)),
  place: fc.oneof(
    fc.constant({ kind: 'anywhere' as const }),
    fc.constantFrom(...codes).map((code) => ({ kind: 'departement' as const, code })),
    fc.constant({ kind: 'postcode' as const, code: '69003', departement: '69' }),
  ),
  budget: fc.constantFrom('free', 'membership', 'paid', 'unknown'),
});

const optionsArb: fc.Arbitrary<RecommendOptions> = fc.record({
  limit: fc.integer({ min: 0, max: 5 }),
  priorities: fc.subarray<PriorityId>(['association', 'meet', 'allInOne', 'france']),
  noAccount: fc.boolean(),
  accounts: fc.constantFrom(1, 20),
});

const world = (list: Hoster[]): RecommendContent => ({ hosters: list, needs, places });
const shown = (result: RecommendationResult): Recommendation[] => [
  ...result.recommendations,
  ...(result.combination?.recommendations ?? []),
];

describe('properties', () => {
  test('every recommended offer satisfies every hard constraint', () => {
    fc.assert(
      fc.property(worldArb, answersArb, optionsArb, (list, answers, options) => {
        const result = recommend(answers, world(list), options);
        const asked: NeedId[] = answers.needs.length > 0 ? answers.needs : [...commonNeeds];
        for (const r of shown(result)) {
          const h = list.find((x) => x.id === r.hosterId);
          expect(h && isActive(h)).toBe(true);
          if (!h) continue;
          expect(r.covered.length).toBeGreaterThan(0);
          for (const { need, offers } of r.covered) {
            expect(asked).toContain(need);
            const kinds = needs.find((n) => n.id === need)?.kinds ?? [];
            expect(offers.length).toBeGreaterThan(0);
            for (const o of offers) {
              expect(kinds).toContain(o.service);
              expect(isOpen(o)).toBe(true);
              expect(fitsBudget(o, h, answers.budget)).toBe(true);
              expect(fitsNoAccount(o, options.noAccount === true)).toBe(true);
            }
          }
        }
        expect(result.recommendations.length).toBeLessThanOrEqual(options.limit ?? 3);
        expect(result.nothing === null).toBe(result.candidates > 0);
      }),
      { numRuns },
    );
  });

  test('the same answers give the same result; shuffling the content changes nothing', () => {
    fc.assert(
      fc.property(
        worldArb.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        answersArb,
        optionsArb,
        ([list, shuffled], answers, options) => {
          const once = recommend(answers, world(list), options);
          expect(recommend(answers, world(list), options)).toEqual(once);
          expect(recommend(answers, world(shuffled), options)).toEqual(once);
          // The order of the needs and repeats do not matter either.
          const reordered = { ...answers, needs: [...answers.needs].reverse() };
          expect(
            recommend(reordered, world(list), options).recommendations.map((r) => r.hosterId),
          ).toEqual(once.recommendations.map((r) => r.hosterId));
        },
      ),
      { numRuns },
    );
  });

  test('adding an irrelevant hoster changes nothing', () => {
    const irrelevant = fc.oneof(
      // Offers none of the needed services…
      hosterArb('extra').map((h) => ({
        ...h,
        offers: h.offers.map((o) => ({ ...o, service: 'git' as const })),
      })),
      // …or is not a current member.
      hosterArb('extra').map((h) => ({
        ...h,
        chatons: { status: 'former' as const, since: null },
      })),
    );
    fc.assert(
      fc.property(worldArb, irrelevant, answersArb, optionsArb, (list, extra, answers, options) => {
        const before = recommend(answers, world(list), options);
        expect(recommend(answers, world([...list, extra]), options)).toEqual(before);
      }),
      { numRuns },
    );
  });

  test('adding any hoster never removes a better one', () => {
    fc.assert(
      fc.property(
        worldArb,
        hosterArb('extra'),
        answersArb,
        optionsArb,
        (list, extra, answers, options) => {
          const before = recommend(answers, world(list), options).recommendations;
          const after = recommend(answers, world([...list, extra]), options).recommendations;
          const afterIds = new Set(after.map((r) => r.hosterId));
          const removed = before.filter((r) => !afterIds.has(r.hosterId));
          if (removed.length === 0) return;
          // Only the newcomer can push one out, and only one that is not better than it.
          const newcomer = after.find((r) => r.hosterId === 'extra');
          expect(newcomer).toBeDefined();
          for (const r of removed)
            expect(r.score).toBeLessThanOrEqual(newcomer?.score ?? -Infinity);
          // Scores do not depend on the other hosters.
          for (const r of after) {
            const old = before.find((b) => b.hosterId === r.hosterId);
            if (old) expect(r.score).toBe(old.score);
          }
        },
      ),
      { numRuns },
    );
  });

  test('coverage first; never two branches of one structure; combinations do better', () => {
    fc.assert(
      fc.property(worldArb, answersArb, optionsArb, (list, answers, options) => {
        const result = recommend(answers, world(list), { ...options, limit: 100 });
        const recs = result.recommendations;
        // Scores never increase down the list, and neither does coverage: a need in doubt counts half.
        const value = (r: Recommendation) => r.covered.length - r.inDoubt.length / 2;
        recs.forEach((r, i) => {
          const previous = recs[i - 1];
          if (!previous) return;
          expect(r.score).toBeLessThanOrEqual(previous.score);
          expect(value(r)).toBeLessThanOrEqual(value(previous));
        });
        // No two shown hosters share a structure key; nor two parts of a combination.
        const keysOf = (id: string) => {
          const h = list.find((x) => x.id === id);
          return h ? structureKeys(h) : [];
        };
        for (const group of [
          recs.map((r) => r.hosterId),
          result.combination?.parts.map((p) => p.hosterId) ?? [],
        ]) {
          const all = group.flatMap(keysOf);
          expect(new Set(all).size).toBe(all.length);
        }
        const plan = result.combination;
        if (plan) {
          expect(plan.parts.length).toBeGreaterThanOrEqual(2);
          const needsInPlan = plan.parts.flatMap((p) => p.needs);
          expect(new Set(needsInPlan).size).toBe(needsInPlan.length);
          // Together they do better than the best single hoster.
          const doubts = plan.parts.flatMap((p) => p.inDoubt).length;
          const best = recs[0];
          expect(needsInPlan.length - doubts / 2).toBeGreaterThan(best ? value(best) : 0);
        }
        // A prepared content gives the same as raw content.
        expect(prepare(world(list)).hosters.every((h) => isActive(h.hoster))).toBe(true);
      }),
      { numRuns },
    );
  });
});

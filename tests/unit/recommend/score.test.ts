/**
 * The score and its explanation must not drift apart: every term that moves
 * the score yields a message, and coverage outranks everything else.
 */
import { expect, test } from 'vitest';
import { needIds, type NeedId } from '../../../src/content/schema';
import { departementOfPlace, pointOfPlace } from '../../../src/places/geo';
import { coverage, relevantNeeds } from '../../../src/recommend/coverage';
import { explain } from '../../../src/recommend/explain';
import { placement } from '../../../src/recommend/placement';
import { prepare } from '../../../src/recommend/prepare';
import { scoreTerms, weights, type ScoreTerms } from '../../../src/recommend/score';
import type { Budget, PlaceAnswer, Profile } from '../../../src/wizard/answers';
import { content, lyonPostcode } from './fixtures';

/** A Record, so adding a score term without saying which message explains it fails to compile. */
const explainedBy: Record<keyof ScoreTerms, string[]> = {
  coverage: ['reasons.covers', 'reasons.coversAll', 'reasons.coversCommon'],
  proximity: ['reasons.near', 'reasons.nearNoCity', 'reasons.sameDepartement', 'limits.far'],
  association: ['reasons.association'],
  audience: ['reasons.forAssociations', 'reasons.forIndividuals'],
  inPerson: ['reasons.inPerson'],
  workshops: ['reasons.workshops'],
  lowConfidence: ['limits.lowConfidence'],
};

const prepared = prepare(content);
const profiles: Profile[] = ['individual', 'association', 'helper'];
const budgets: Budget[] = ['free', 'membership', 'paid', 'unknown'];
const places: PlaceAnswer[] = [
  lyonPostcode,
  { kind: 'departement', code: '75' },
  { kind: 'anywhere' },
];
const needSets: NeedId[][] = [[], ['email', 'visio'], ['pad'], ['email', 'calendar', 'transfer']];

test('every term that moves the score is explained, for every persona and hoster', () => {
  const unexplained: string[] = [];
  let checked = 0;
  for (const profile of profiles)
    for (const budget of budgets)
      for (const place of places)
        for (const chosen of needSets) {
          const { mode, needs } = relevantNeeds(chosen, prepared.needs);
          const person = {
            point: pointOfPlace(place, prepared.places),
            departement: departementOfPlace(place),
          };
          for (const h of prepared.hosters) {
            const cover = coverage(h.hoster, needs, prepared.needs, budget);
            if (cover.covered.length === 0) continue;
            const where = placement(person, h);
            const terms = scoreTerms(h.hoster, profile, cover, needs.length, where);
            const out = explain({
              hoster: h.hoster,
              profile,
              mode,
              needCount: needs.length,
              cover,
              place: where,
              terms,
            });
            const keys = [...out.reasons, ...out.limits, ...out.unknowns].map((m) => m.key);
            const says = (options: string[]) => options.some((k) => keys.includes(k));
            const at = `${h.hoster.id} (${profile}, ${budget}, ${place.kind}, [${chosen.join()}])`;
            for (const [term, value] of Object.entries(terms) as [keyof ScoreTerms, number][]) {
              if (value !== 0 && !says(explainedBy[term])) unexplained.push(`${at}: ${term}`);
            }
            // The two ways a term is held back are said too.
            const unknownSignup = [
              'unknowns.registrationUnknown',
              'unknowns.registrationUnknownSome',
            ];
            if (cover.unknownSignups > 0 && !says(unknownSignup)) {
              unexplained.push(`${at}: unknown sign-up`);
            }
            if (where.kind === 'unknown' && !says(['unknowns.placeUnknown'])) {
              unexplained.push(`${at}: unknown place`);
            }
            checked += 1;
          }
        }
  expect(checked).toBeGreaterThan(100);
  expect(unexplained).toEqual([]);
});

test('one more covered need outweighs any distance and fit', () => {
  const rest =
    weights.proximity +
    weights.association +
    weights.audience +
    weights.inPerson +
    weights.workshops;
  const smallestStep = (weights.coverage * weights.unknownSignupShare) / needIds.length;
  expect(rest).toBeLessThan(smallestStep);
});

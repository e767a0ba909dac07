/**
 * The score and its explanation must not drift apart: every term that moves
 * the score yields a message, and coverage outranks everything else.
 */
import { expect, test } from 'vitest';
import { needIds, type NeedId } from '../../../src/content/schema';
import { departementOfPlace, pointOfPlace, regionOfDepartement } from '../../../src/places/geo';
import { coverage, relevantNeeds } from '../../../src/recommend/coverage';
import { explain } from '../../../src/recommend/explain';
import { areaFit, placement } from '../../../src/recommend/placement';
import { prepare } from '../../../src/recommend/prepare';
import { scoreTerms, weights, type ScoreTerms } from '../../../src/recommend/score';
import type { PriorityId } from '../../../src/recommend/types';
import type { Budget, PlaceAnswer, Profile } from '../../../src/wizard/answers';
import { content, lyonPostcode } from './fixtures';
import { loadRealContent } from './realContent';

/** A Record, so adding a score term without saying which message explains it fails to compile. */
const explainedBy: Record<keyof ScoreTerms, string[]> = {
  coverage: ['reasons.covers', 'reasons.coversAll', 'reasons.coversCommon'],
  proximity: ['reasons.near', 'reasons.nearNoCity', 'reasons.sameDepartement', 'limits.far'],
  association: ['reasons.association'],
  audience: ['reasons.forAssociations', 'reasons.forIndividuals'],
  inPerson: ['reasons.inPerson'],
  workshops: ['reasons.workshops'],
  lowConfidence: ['limits.lowConfidence'],
  priorityAssociation: ['reasons.association', 'reasons.runByAssociation'],
  priorityFrance: ['reasons.basedInFrance'],
  allInOne: ['reasons.manyServices'],
  priorityLongLived: ['reasons.longLived', 'limits.recentMember'],
};

const profiles: Profile[] = ['individual', 'association', 'helper'];
const budgets: Budget[] = ['free', 'membership', 'paid', 'unknown'];
const places: PlaceAnswer[] = [
  lyonPostcode,
  { kind: 'departement', code: '75' },
  { kind: 'departement', code: '29' },
  { kind: 'anywhere' },
];
const needSets: NeedId[][] = [[], ['email', 'visio'], ['pad'], ['email', 'calendar', 'transfer']];
const prioritySets: PriorityId[][] = [
  [],
  ['association', 'meet', 'allInOne', 'france', 'longLived'],
];

test.each([
  ['the test fixtures', content],
  ['the real content', loadRealContent()],
])(
  'every term that moves the score is explained, for every persona and hoster (%s)',
  (_, world) => {
    const prepared = prepare(world);
    const unexplained: string[] = [];
    let checked = 0;
    for (const profile of profiles)
      for (const budget of budgets)
        for (const place of places)
          for (const chosen of needSets)
            for (const prioritiesList of prioritySets) {
              const priorities = new Set(prioritiesList);
              const { mode, needs } = relevantNeeds(chosen, prepared.needs);
              const departement = departementOfPlace(place);
              const person = {
                point: pointOfPlace(place, prepared.places),
                departement,
                region: departement && regionOfDepartement(departement, prepared.places),
              };
              for (const h of prepared.hosters) {
                const where = placement(person, h);
                const area = areaFit(person, h, where);
                const doubt = area === 'outside' || area === 'unknown';
                const rules = { budget, noAccount: false };
                const cover = coverage(h, needs, prepared.needs, rules, doubt);
                if (cover.covered.length === 0) continue;
                const terms = scoreTerms({
                  prepared: h,
                  profile,
                  cover,
                  needCount: needs.length,
                  place: where,
                  priorities,
                });
                const out = explain({
                  prepared: h,
                  profile,
                  mode,
                  needCount: needs.length,
                  cover,
                  place: where,
                  terms,
                  priorities,
                  accounts: null,
                });
                const keys = [...out.reasons, ...out.limits, ...out.unknowns].map((m) => m.key);
                const says = (options: string[]) => options.some((k) => keys.includes(k));
                const at = `${h.hoster.id} (${profile}, ${budget}, ${place.kind}, [${chosen.join()}], [${prioritiesList.join()}])`;
                for (const [term, value] of Object.entries(terms) as [keyof ScoreTerms, number][]) {
                  if (value !== 0 && !says(explainedBy[term])) unexplained.push(`${at}: ${term}`);
                }
                // The ways a term is held back are said too.
                const unknownSignup = [
                  'unknowns.registrationUnknown',
                  'unknowns.registrationUnknownSome',
                ];
                if (cover.unknownSignups > 0 && !says(unknownSignup)) {
                  unexplained.push(`${at}: unknown sign-up`);
                }
                if (
                  cover.areaDoubts > 0 &&
                  !says(['unknowns.localArea', 'unknowns.regionalArea'])
                ) {
                  unexplained.push(`${at}: outside the area served`);
                }
                if (where.kind === 'unknown' && !says(['unknowns.placeUnknown'])) {
                  unexplained.push(`${at}: unknown place`);
                }
                if (
                  priorities.has('france') &&
                  terms.priorityFrance === 0 &&
                  !says(['limits.notInFrance', 'unknowns.countryUnknown'])
                ) {
                  unexplained.push(`${at}: not known to be in France`);
                }
                if (
                  priorities.has('longLived') &&
                  terms.priorityLongLived === 0 &&
                  !says(['unknowns.sinceUnknown'])
                ) {
                  unexplained.push(`${at}: not known to be long-lived`);
                }
                checked += 1;
              }
            }
    expect(checked).toBeGreaterThan(100);
    expect(unexplained).toEqual([]);
  },
);

test('one more covered need outweighs any distance, fit and priority', () => {
  const rest =
    weights.proximity * weights.meetFactor +
    weights.association +
    weights.audience +
    weights.inPerson * weights.meetFactor +
    weights.workshops +
    weights.priorityAssociation +
    weights.priorityFrance +
    weights.allInOnePerNeed * needIds.length +
    weights.priorityLongLived -
    weights.lowConfidence;
  const smallestStep = (weights.coverage * weights.unknownSignupShare) / needIds.length;
  expect(rest).toBeLessThan(smallestStep);
});

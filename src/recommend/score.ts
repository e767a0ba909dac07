/**
 * One number per hoster, the sum of weighted terms (design §3.2, issue 4).
 * Every term that is not zero is explained by a message (see explain.ts).
 *
 * How the weights are chosen, and what `npm run fairness` shows
 * -------------------------------------------------------------
 * 1. Coverage first, always. 100,000 points are shared among the needs; a
 *    need in doubt counts half: its sign-up is unknown (unknown is neither
 *    yes nor no, design §3.7), or it needs an account at a local or
 *    regional hoster the person may live outside of ("location.area":
 *    ARN, Infini, Kaz… serve their area first; ARN writes that it takes
 *    others only when nothing equivalent is nearer). A service with no
 *    account is open to all. The smallest coverage step (half a need out of
 *    14, ≈ 3,571) is larger than all other terms together (≈ 1,000 at
 *    most), so nothing lifts a hoster that covers less above one that
 *    covers more.
 * 2. Below coverage, "equally good" is coarse on purpose, so that the
 *    answers' hash (rank.ts) spreads people instead of a few km or a
 *    thin fact deciding for everyone. Distance counts in bands, not km:
 *    100 points in the same département or within 50 km, 50 within 100 km,
 *    25 within 200 km, 0 beyond — where a known far place is no better than
 *    an unknown one. Fit adds known facts only: an association like you 20,
 *    welcomes people like you 20, help in person 15 and workshops 5 (when
 *    near enough), −10 for a record known only from others' pages.
 * 3. Priorities the person chose weigh more than distance (150 each for
 *    "run by an association" and "based in France", 30 per need answered
 *    for "all in one place"; "meet them" doubles distance and help in
 *    person; "long-lived" gives 150 from 8 years in the collective, 105
 *    from 4, 60 before, 0 when the year is unknown), and still never more
 *    than one need.
 *
 * On the real content (28 hosters, 20 needs, 1,000 random personas, seed 2026):
 * 22/28 hosters (78.6 %) appear in some top 3 (goal ≥ 60 %); the first pick
 * always has the best coverage; the largest share of first picks is 28.4 %
 * (ARN; goal ≤ 10 %, missed). That goal cannot be met under "coverage
 * first" with today's data: ARN alone covers the most for 17.5 % of the
 * personas (it is the only hoster whose records say a date poll and a file
 * transfer need no account; others' sign-ups are unknown), so no tie-break
 * can bring it under that floor. Area doubts (1.) took ARN from 33 % to
 * 29 %; coarse bands (2.) doubled the personas whose equally good hosters
 * are shown in turn (128 → 298). Filling the unknown sign-ups in the
 * curated records is what will spread the first picks further.
 */
import type { Hoster } from '../content/schema';
import type { Profile } from '../wizard/answers';
import type { CoverageCounts } from './coverage';
import { longevityValue } from './criteria';
import { bandLimitsKm, isFar, type Placement } from './placement';
import type { PreparedHoster } from './prepare';
import type { PriorityId } from './types';

export const weights = {
  /** Points for covering every need; each need is worth its share. */
  coverage: 100_000,
  /**
   * A need answered only by offers whose sign-up is unknown counts half.
   * We know the service exists but not whether this person may use it; half
   * is the honest middle between a match (1) and no match (0), so it always
   * ranks below the same need known to be usable, and two such needs weigh
   * as much as one known match (then distance and fit decide).
   */
  unknownSignupShare: 0.5,
  /** Proximity at full weight (band 0); halved at each further band. */
  proximity: 100,
  association: 20,
  audience: 20,
  inPerson: 15,
  workshops: 5,
  /** Prefer a hoster whose facts come from its own pages over one known only from others. */
  lowConfidence: -10,
  /** "I want to meet them": proximity and in-person help count twice. */
  meetFactor: 2,
  /** "Run by an association". */
  priorityAssociation: 150,
  /** "Based in France". */
  priorityFrance: 150,
  /** "The most services in one place": per need of the catalogue the hoster answers. */
  allInOnePerNeed: 30,
  /** "A long-lived hoster", times the longevity value (criteria.ts: 1, 0.7 or 0.4). */
  priorityLongLived: 150,
} as const;

export interface ScoreTerms {
  coverage: number;
  proximity: number;
  association: number;
  audience: number;
  inPerson: number;
  workshops: number;
  lowConfidence: number;
  priorityAssociation: number;
  priorityFrance: number;
  allInOne: number;
  priorityLongLived: number;
}

export interface ScoreInput {
  prepared: PreparedHoster;
  profile: Profile;
  cover: CoverageCounts;
  needCount: number;
  place: Placement;
  priorities: ReadonlySet<PriorityId>;
}

/**
 * Covered needs, each counting 1 when known to be usable and half when in
 * doubt: its sign-up is unknown, or the person may live outside the area a
 * local hoster serves; 0 … needCount.
 */
export function coverageValue(cover: CoverageCounts): number {
  const doubtful = cover.unknownSignups + cover.areaDoubts;
  return cover.coveredCount - doubtful + doubtful * weights.unknownSignupShare;
}

/**
 * Proximity by distance band (placement.ts): full points within 50 km or in
 * the same département, half within 100 km, a quarter within 200 km, none
 * beyond. Meeting in person is what distance is for; beyond a day trip, a
 * hoster 300 km away is no nearer in practice than one 600 km away, nor
 * than one whose place we do not know (which also scores 0). When distance
 * is ignored ("anywhere") everybody scores 0.
 */
export function proximityFactor(place: Placement): number {
  if (place.kind !== 'known' || place.band >= bandLimitsKm.length) return 0;
  return 1 / 2 ** place.band;
}

/** Whether the hoster says it serves people like this one (audiences list only what a source says). */
export function servesProfile(hoster: Hoster, profile: Profile): boolean {
  const audience = profile === 'association' ? 'associations' : 'individuals';
  return hoster.audiences.includes(audience);
}

/** Known to be based in France: the record's country, or a French département. */
export function basedIn(prepared: PreparedHoster): 'france' | 'abroad' | 'unknown' {
  const country = prepared.hoster.location.country;
  if (country !== null) return country === 'FR' ? 'france' : 'abroad';
  return prepared.departement !== null ? 'france' : 'unknown';
}

export function scoreTerms({
  prepared,
  profile,
  cover,
  needCount,
  place,
  priorities,
}: ScoreInput): ScoreTerms {
  const { hoster } = prepared;
  const meet = priorities.has('meet') ? weights.meetFactor : 1;
  // Help in person and workshops are worth something only if one can get there.
  const reachable = !isFar(place);
  return {
    coverage: needCount === 0 ? 0 : (weights.coverage * coverageValue(cover)) / needCount,
    proximity: weights.proximity * meet * proximityFactor(place),
    association:
      profile === 'association' && hoster.structure === 'association' ? weights.association : 0,
    audience: (profile === 'association' ? prepared.servesAssociations : prepared.servesIndividuals)
      ? weights.audience
      : 0,
    inPerson: hoster.support.inPerson === true && reachable ? weights.inPerson * meet : 0,
    workshops: hoster.support.workshops === true && reachable ? weights.workshops : 0,
    lowConfidence: hoster.confidence === 'low' ? weights.lowConfidence : 0,
    priorityAssociation:
      priorities.has('association') && hoster.structure === 'association'
        ? weights.priorityAssociation
        : 0,
    priorityFrance:
      priorities.has('france') && basedIn(prepared) === 'france' ? weights.priorityFrance : 0,
    allInOne: priorities.has('allInOne') ? weights.allInOnePerNeed * prepared.needsAnswered : 0,
    // Unknown is not short-lived: no points, no penalty (design §3.7).
    priorityLongLived: priorities.has('longLived')
      ? weights.priorityLongLived * (longevityValue(hoster) ?? 0)
      : 0,
  };
}

/** Rounded so that equal terms reached by different float paths compare equal. */
export function totalScore(terms: ScoreTerms): number {
  const sum =
    terms.coverage +
    terms.proximity +
    terms.association +
    terms.audience +
    terms.inPerson +
    terms.workshops +
    terms.lowConfidence +
    terms.priorityAssociation +
    terms.priorityFrance +
    terms.allInOne +
    terms.priorityLongLived;
  return Math.round(sum * 1e6) / 1e6;
}

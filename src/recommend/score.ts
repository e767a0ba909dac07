/**
 * One number per hoster, the sum of weighted terms. The weights make the
 * order lexicographic-ish (design §3.2, issue rules v1):
 * 1. coverage dominates: at most 1000 points, and the smallest step (half of
 *    one need out of the 14 a person can pick, ≈ 36 points) is larger than
 *    everything below put together (at most 20 + 9 = 29), so a hoster that
 *    covers more always comes first;
 * 2. distance next: up to 20 points, decaying with km;
 * 3. fit last: up to 9 points. Fit can outweigh a small difference in
 *    distance (an association with in-person help 30 km further beats a
 *    company next door), never a large one. That is intended.
 * Every term that is not zero is explained by a message (see explain.ts).
 */
import type { Hoster } from '../content/schema';
import type { Profile } from '../wizard/answers';
import type { Coverage } from './coverage';
import { isFar, type Placement } from './placement';

export const weights = {
  coverage: 1000,
  /**
   * A need answered only by offers whose sign-up is unknown counts half.
   * We know the service exists but not whether this person may use it; half
   * is the honest middle between a match (1) and no match (0), so it always
   * ranks below the same need known to be usable, and two such needs weigh
   * as much as one known match (then distance and fit decide).
   */
  unknownSignupShare: 0.5,
  proximity: 20,
  /** Distance at which proximity is worth half its points: a short trip to meet. */
  proximityHalfKm: 50,
  association: 3,
  audience: 3,
  inPerson: 2,
  workshops: 1,
  /** Prefer a hoster whose facts come from its own pages over one known only from others. */
  lowConfidence: -1,
} as const;

export interface ScoreTerms {
  coverage: number;
  proximity: number;
  association: number;
  audience: number;
  inPerson: number;
  workshops: number;
  lowConfidence: number;
}

function coverageShare(cover: Coverage, needCount: number): number {
  if (needCount === 0) return 0;
  const known = cover.covered.length - cover.unknownSignups;
  return (known + cover.unknownSignups * weights.unknownSignupShare) / needCount;
}

/**
 * Proximity: full points next door, half at 50 km, a tenth at 450 km.
 * An unknown place scores 0, so it ranks after known places; when distance
 * is ignored everybody scores 0.
 */
function proximity(place: Placement): number {
  if (place.kind !== 'known') return 0;
  return weights.proximity / (1 + place.km / weights.proximityHalfKm);
}

/** Whether the hoster says it serves people like this one (audiences list only what a source says). */
export function servesProfile(hoster: Hoster, profile: Profile): boolean {
  const audience = profile === 'association' ? 'associations' : 'individuals';
  return hoster.audiences.includes(audience);
}

export function scoreTerms(
  hoster: Hoster,
  profile: Profile,
  cover: Coverage,
  needCount: number,
  place: Placement,
): ScoreTerms {
  return {
    coverage: weights.coverage * coverageShare(cover, needCount),
    proximity: proximity(place),
    association:
      profile === 'association' && hoster.structure === 'association' ? weights.association : 0,
    audience: servesProfile(hoster, profile) ? weights.audience : 0,
    // Help in person and workshops are worth something only if one can get there.
    inPerson: hoster.support.inPerson === true && !isFar(place) ? weights.inPerson : 0,
    workshops: hoster.support.workshops === true && !isFar(place) ? weights.workshops : 0,
    lowConfidence: hoster.confidence === 'low' ? weights.lowConfidence : 0,
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
    terms.lowConfidence;
  return Math.round(sum * 1e6) / 1e6;
}

/**
 * Which of the person's needs a hoster answers with an offer they can use,
 * and how one signs up for them.
 */
import type { Need, NeedId, Offer, Registration } from '../content/schema';
import { isUsable, type SignupRules } from './constraints';
import type { PreparedHoster } from './prepare';

/** From the least to the most demanding way to sign up. */
const signupOrder: readonly Registration[] = ['none', 'free', 'member', 'client'];

/** 0 for no account … 3 for customers; unknown sign-up ranks last. */
export const registrationRank = (registration: Registration | null): number =>
  registration === null ? signupOrder.length : signupOrder.indexOf(registration);

/**
 * Needs that count when the person answered "I don't know yet": the everyday
 * ones most people leave big tech for (mail, files, video calls, a shared pad).
 */
export const commonNeeds: readonly NeedId[] = ['email', 'files', 'visio', 'pad'];

/**
 * Needs that some hosters answer without any account (design §3, issue 4):
 * a shared pad, a date poll, a file transfer, a video call. The quick path
 * ("I just need this today") recommends only offers with no sign-up.
 */
export const noAccountNeeds: readonly NeedId[] = ['pad', 'poll', 'transfer', 'visio'];

export interface NeedMatch {
  need: NeedId;
  /** Usable offers, easiest sign-up first, unknown sign-up last. */
  offers: Offer[];
  /** The easiest known way to get this service, or unknown when no offer says. */
  signup: Registration | 'unknown';
  /**
   * An account is needed at a local or regional hoster and the person may
   * live outside the area it serves (placement.ts, areaFit): ask them.
   * A service with no account is open to anyone, wherever they live.
   */
  outsideArea: boolean;
}

/** What the score needs to know about a coverage (see score.ts, coverageValue). */
export interface CoverageCounts {
  /** How many needs have a usable offer. */
  coveredCount: number;
  /** How many covered needs have only offers whose sign-up is unknown. */
  unknownSignups: number;
  /** How many covered needs have a known sign-up but the person may be outside the area served. */
  areaDoubts: number;
}

export interface Coverage extends CoverageCounts {
  covered: NeedMatch[];
  missing: NeedId[];
  signup: Registration | 'unknown';
}

/**
 * The ranking's fast path: per need (bit n for needs[n]), whether it is
 * known to be usable or usable in doubt (sign-up unknown, or an account at a
 * local hoster whose area the person may be outside). No allocation beyond
 * the result; the full Coverage is built only for the hosters shown.
 */
export interface CoverageMasks extends CoverageCounts {
  known: number;
  doubt: number;
}

/** Rank (registrationRank) of the easiest usable offer for this need, or -1 when there is none. */
export function easiestRank(prepared: PreparedHoster, need: Need, rules: SignupRules): number {
  let best = -1;
  for (const kind of need.kinds) {
    const open = prepared.openOffers.get(kind);
    if (!open) continue;
    // Each list is sorted easiest first: the first usable offer is this kind's easiest.
    for (const offer of open) {
      if (!isUsable(offer, prepared.hoster, rules)) continue;
      const rank = registrationRank(offer.registration);
      if (best < 0 || rank < best) best = rank;
      break;
    }
  }
  return best;
}

const unknownRank = signupOrder.length;

/** Masks and counts from each need's easiest rank (-1: not covered). */
export function coverageMasks(ranks: ArrayLike<number>, areaDoubt: boolean): CoverageMasks {
  const out: CoverageMasks = {
    known: 0,
    doubt: 0,
    coveredCount: 0,
    unknownSignups: 0,
    areaDoubts: 0,
  };
  for (let n = 0; n < ranks.length; n += 1) {
    const rank = ranks[n] ?? -1;
    if (rank < 0) continue;
    out.coveredCount += 1;
    if (rank === unknownRank) {
      out.unknownSignups += 1;
      out.doubt |= 1 << n;
    } else if (areaDoubt && rank > 0) {
      out.areaDoubts += 1;
      out.doubt |= 1 << n;
    } else {
      out.known |= 1 << n;
    }
  }
  return out;
}

/** The needs to match: the person's, or the common ones when they gave none. */
export function relevantNeeds(
  chosen: readonly NeedId[],
  needs: ReadonlyMap<NeedId, Need>,
): { mode: 'chosen' | 'common'; needs: NeedId[] } {
  if (chosen.length > 0) return { mode: 'chosen', needs: [...new Set(chosen)] };
  return { mode: 'common', needs: commonNeeds.filter((id) => needs.has(id)) };
}

function matchNeed(
  prepared: PreparedHoster,
  need: Need,
  rules: SignupRules,
  areaDoubt: boolean,
): NeedMatch | null {
  let offers: Offer[] | null = null;
  for (const kind of need.kinds) {
    const open = prepared.openOffers.get(kind);
    if (!open) continue;
    for (const offer of open) {
      if (!isUsable(offer, prepared.hoster, rules)) continue;
      (offers ??= []).push(offer);
    }
  }
  if (offers === null) return null;
  // Each kind's list is already sorted; several kinds need one more (stable) sort.
  if (need.kinds.length > 1) {
    offers.sort((a, b) => registrationRank(a.registration) - registrationRank(b.registration));
  }
  const first = offers[0];
  if (!first) return null;
  const signup = first.registration ?? 'unknown';
  return { need: need.id, offers, signup, outsideArea: areaDoubt && signup !== 'none' };
}

/**
 * The signup of the whole recommendation is the most demanding among the
 * covered needs, each need taken at its easiest known offer: the person needs
 * one offer per service, so an extra paid option elsewhere does not make a
 * free service paid. Needs whose sign-up is unknown are left out; when all
 * are unknown, so is the result.
 */
export function overallSignup(covered: readonly NeedMatch[]): Registration | 'unknown' {
  let worst: Registration | 'unknown' = 'unknown';
  for (const { signup } of covered) {
    if (signup === 'unknown') continue;
    if (worst === 'unknown' || registrationRank(signup) > registrationRank(worst)) worst = signup;
  }
  return worst;
}

/**
 * @param areaDoubt the person may live outside the area this local or
 *   regional hoster serves (see placement.ts, areaFit); false when unsure
 *   does not apply.
 */
export function coverage(
  prepared: PreparedHoster,
  needIds: readonly NeedId[],
  needs: ReadonlyMap<NeedId, Need>,
  rules: SignupRules,
  areaDoubt = false,
): Coverage {
  const covered: NeedMatch[] = [];
  const missing: NeedId[] = [];
  let unknownSignups = 0;
  let areaDoubts = 0;
  for (const id of needIds) {
    const need = needs.get(id);
    const match = need ? matchNeed(prepared, need, rules, areaDoubt) : null;
    if (match) {
      covered.push(match);
      if (match.signup === 'unknown') unknownSignups += 1;
      else if (match.outsideArea) areaDoubts += 1;
    } else {
      missing.push(id);
    }
  }
  return {
    covered,
    missing,
    coveredCount: covered.length,
    unknownSignups,
    areaDoubts,
    signup: overallSignup(covered),
  };
}

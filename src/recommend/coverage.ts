/**
 * Which of the person's needs a hoster answers with an offer they can use,
 * and how one signs up for them.
 */
import type { Hoster, Need, NeedId, Offer, Registration } from '../content/schema';
import type { Budget } from '../wizard/answers';
import { usableOffers } from './constraints';

/** From the least to the most demanding way to sign up. */
const signupOrder: readonly Registration[] = ['none', 'free', 'member', 'client'];

const rank = (registration: Registration | null): number =>
  registration === null ? signupOrder.length : signupOrder.indexOf(registration);

/**
 * Needs that count when the person answered "I don't know yet": the everyday
 * ones most people leave big tech for (mail, files, video calls, a shared pad).
 */
export const commonNeeds: readonly NeedId[] = ['email', 'files', 'visio', 'pad'];

export interface NeedMatch {
  need: NeedId;
  /** Usable offers, easiest sign-up first, unknown sign-up last. */
  offers: Offer[];
  /** The easiest known way to get this service, or unknown when no offer says. */
  signup: Registration | 'unknown';
}

export interface Coverage {
  covered: NeedMatch[];
  missing: NeedId[];
  /** How many covered needs have only offers whose sign-up is unknown. */
  unknownSignups: number;
  signup: Registration | 'unknown';
}

/** The needs to match: the person's, or the common ones when they gave none. */
export function relevantNeeds(
  chosen: readonly NeedId[],
  needs: ReadonlyMap<NeedId, Need>,
): { mode: 'chosen' | 'common'; needs: NeedId[] } {
  if (chosen.length > 0) return { mode: 'chosen', needs: [...new Set(chosen)] };
  return { mode: 'common', needs: commonNeeds.filter((id) => needs.has(id)) };
}

function matchNeed(hoster: Hoster, need: Need, budget: Budget): NeedMatch | null {
  const offers = usableOffers(hoster, need.kinds, budget).sort(
    (a, b) => rank(a.registration) - rank(b.registration),
  );
  const first = offers[0];
  if (!first) return null;
  return { need: need.id, offers, signup: first.registration ?? 'unknown' };
}

/**
 * The signup of the whole recommendation is the most demanding among the
 * covered needs, each need taken at its easiest known offer: the person needs
 * one offer per service, so an extra paid option elsewhere does not make a
 * free service paid. Needs whose sign-up is unknown are left out; when all
 * are unknown, so is the result.
 */
function overallSignup(covered: readonly NeedMatch[]): Registration | 'unknown' {
  let worst: Registration | 'unknown' = 'unknown';
  for (const { signup } of covered) {
    if (signup === 'unknown') continue;
    if (worst === 'unknown' || rank(signup) > rank(worst)) worst = signup;
  }
  return worst;
}

export function coverage(
  hoster: Hoster,
  needIds: readonly NeedId[],
  needs: ReadonlyMap<NeedId, Need>,
  budget: Budget,
): Coverage {
  const covered: NeedMatch[] = [];
  const missing: NeedId[] = [];
  for (const id of needIds) {
    const need = needs.get(id);
    const match = need ? matchNeed(hoster, need, budget) : null;
    if (match) covered.push(match);
    else missing.push(id);
  }
  return {
    covered,
    missing,
    unknownSignups: covered.filter((m) => m.signup === 'unknown').length,
    signup: overallSignup(covered),
  };
}

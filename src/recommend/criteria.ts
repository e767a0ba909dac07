/**
 * The criteria of the star graph, per recommended hoster: each a value
 * between 0 and 1, or unknown. Unknown is never drawn as a low value: the
 * view says "unknown" (design §3.7). Pure: no UI, no date of today (the
 * hoster's own `checked` date anchors how long it has existed).
 */
import type { Hoster } from '../content/schema';
import type { CompleteAnswers } from '../wizard/answers';
import type { Recommendation } from './types';

export const criterionIds = [
  'services',
  'proximity',
  'signup',
  'price',
  'information',
  'longevity',
] as const;
export type CriterionId = (typeof criterionIds)[number];

export type CriterionLevel = 'good' | 'fair' | 'weak' | 'unknown' | 'notRelevant';

export interface CriterionValue {
  id: CriterionId;
  /** 0 to 1; null when unknown or not relevant. */
  value: number | null;
  level: CriterionLevel;
}

const levelOf = (value: number | null): CriterionLevel =>
  value === null ? 'unknown' : value >= 0.75 ? 'good' : value >= 0.45 ? 'fair' : 'weak';

function servicesValue(r: Recommendation): number {
  const total = r.covered.length + r.missing.length;
  if (total === 0) return 0;
  // A need whose sign-up is in doubt counts half, as in the ranking.
  return (r.covered.length - r.inDoubt.length / 2) / total;
}

function proximityValue(km: number | null): number | null {
  if (km === null) return null;
  if (km <= 50) return 1;
  if (km <= 100) return 0.75;
  if (km <= 200) return 0.5;
  return 0.25;
}

const signupValues = { none: 1, free: 0.9, member: 0.6, client: 0.4, unknown: null } as const;

function priceValue(pricing: Hoster['pricing']): number | null {
  switch (pricing.model) {
    case 'free':
    case 'donation':
      return 1;
    case 'membership': {
      const fee = pricing.membershipEurPerYear;
      if (fee === null) return null;
      return fee <= 15 ? 0.8 : fee <= 30 ? 0.65 : 0.5;
    }
    case 'paid':
      return 0.4;
    default:
      return null;
  }
}

const informationValues = { high: 1, medium: 0.6, low: 0.3 } as const;

/**
 * How long the hoster has been in the collective, from its own record's
 * dates (never today's date, so results do not change by themselves):
 * 1 from 8 years, 0.7 from 4, 0.4 before; null when the year is unknown.
 * The star graph and the "long-lived" priority share it.
 */
export function longevityValue(hoster: Hoster): number | null {
  const since = Number.parseInt(hoster.chatons.since ?? '', 10);
  if (Number.isNaN(since)) return null;
  const years = Number.parseInt(hoster.checked.slice(0, 4), 10) - since;
  return years >= 8 ? 1 : years >= 4 ? 0.7 : 0.4;
}

export function criteriaOf(
  r: Recommendation,
  hoster: Hoster,
  answers: CompleteAnswers,
): CriterionValue[] {
  const values: Record<CriterionId, number | null> = {
    services: servicesValue(r),
    proximity: proximityValue(r.distanceKm),
    signup: signupValues[r.signup],
    price: priceValue(hoster.pricing),
    information: informationValues[hoster.confidence],
    longevity: longevityValue(hoster),
  };
  return criterionIds.map((id) => ({
    id,
    value: values[id],
    level:
      id === 'proximity' && answers.place.kind === 'anywhere' ? 'notRelevant' : levelOf(values[id]),
  }));
}

/** The overall indication, in words: how well this hoster answers the person's needs. */
export type Badge = 'allNeeds' | 'allNeedsToCheck' | 'someNeeds';

export function badgeOf(r: Recommendation): Badge {
  if (r.missing.length > 0) return 'someNeeds';
  return r.inDoubt.length > 0 ? 'allNeedsToCheck' : 'allNeeds';
}

/**
 * The recommender's entry point: answers and content in, a short ranked list
 * out (design §3). Pure: no UI, no i18n, no randomness.
 */
import { departementOfPlace, pointOfPlace } from '../places/geo';
import type { CompleteAnswers } from '../wizard/answers';
import { coverage, relevantNeeds } from './coverage';
import { explain } from './explain';
import { placement, type PersonPlace } from './placement';
import { prepare, type PreparedContent, type RecommendContent } from './prepare';
import { scoreTerms, totalScore } from './score';
import type { Recommendation, RecommendationResult } from './types';

export interface RecommendOptions {
  /** How many recommendations to return; 3 by default (design §3.3). */
  limit?: number;
}

export const defaultLimit = 3;

function limitOf(options: RecommendOptions): number {
  const limit = options.limit ?? defaultLimit;
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : defaultLimit;
}

/**
 * Ties (equal score) are broken by hoster id so the same answers always give
 * the same list. A stable hash of the answers will replace this later
 * (design §3.3) to spread people across equally good hosters.
 */
const byScoreThenId = (a: Recommendation, b: Recommendation): number =>
  b.score - a.score || (a.hosterId < b.hosterId ? -1 : a.hosterId > b.hosterId ? 1 : 0);

export function recommendPrepared(
  answers: CompleteAnswers,
  content: PreparedContent,
  options: RecommendOptions = {},
): RecommendationResult {
  const { mode, needs } = relevantNeeds(answers.needs, content.needs);
  const person: PersonPlace = {
    point: pointOfPlace(answers.place, content.places),
    departement: departementOfPlace(answers.place),
  };

  const candidates: Recommendation[] = [];
  for (const prepared of content.hosters) {
    const { hoster } = prepared;
    const cover = coverage(hoster, needs, content.needs, answers.budget);
    // Hard constraint: at least one needed service with a usable offer.
    if (cover.covered.length === 0) continue;
    const place = placement(person, prepared);
    const terms = scoreTerms(hoster, answers.profile, cover, needs.length, place);
    const explanation = explain({
      hoster,
      profile: answers.profile,
      mode,
      needCount: needs.length,
      cover,
      place,
      terms,
    });
    candidates.push({
      hosterId: hoster.id,
      score: totalScore(terms),
      covered: cover.covered.map(({ need, offers }) => ({ need, offers })),
      // With no needs picked there is nothing the person asked for that could be missing.
      missing: mode === 'chosen' ? cover.missing : [],
      distanceKm: place.kind === 'known' ? Math.round(place.km) : null,
      signup: cover.signup,
      ...explanation,
    });
  }

  return {
    recommendations: candidates.sort(byScoreThenId).slice(0, limitOf(options)),
    candidates: candidates.length,
  };
}

/** Recommend from raw content; use `prepare` + `recommendPrepared` to rank many times. */
export function recommend(
  answers: CompleteAnswers,
  content: RecommendContent,
  options: RecommendOptions = {},
): RecommendationResult {
  return recommendPrepared(answers, prepare(content), options);
}

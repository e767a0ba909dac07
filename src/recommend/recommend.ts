/**
 * The recommender's entry point: answers and content in, a short ranked list
 * out (design §3). Pure: no UI, no i18n, no randomness; ties are broken by a
 * stable hash of the answers.
 *
 * Two passes keep it fast with thousands of hosters: every hoster is ranked
 * from bit masks and counts (no lists built), and the full coverage, with
 * its offers and messages, is built only for the few hosters shown.
 */
import type { NeedId } from '../content/schema';
import { departementOfPlace, pointOfPlace, regionOfDepartement } from '../places/geo';
import type { CompleteAnswers } from '../wizard/answers';
import { planCombination } from './combination';
import { rulesCount, rulesIndex, type SignupRules } from './constraints';
import { coverage, coverageMasks, relevantNeeds } from './coverage';
import { explain } from './explain';
import { answersHash } from './hash';
import { explainNothing } from './nothing';
import { areaFit, placement, type PersonPlace } from './placement';
import { prepareOnce, type PreparedContent, type RecommendContent } from './prepare';
import { selectDiverse, tieBreak, type Candidate } from './rank';
import { coverageValue, scoreTerms, totalScore } from './score';
import type {
  Combination,
  Message,
  PriorityId,
  Recommendation,
  RecommendationResult,
} from './types';

export interface RecommendOptions {
  /** How many recommendations to return; 3 by default (design §3.3). */
  limit?: number;
  /** What matters to the person ("what matters to you"); none by default. */
  priorities?: readonly PriorityId[];
  /** An association's size: how many accounts it needs (shown as a question to ask). */
  accounts?: number;
  /**
   * The quick path ("I just need a pad today"): only offers that need no
   * account, plus those whose sign-up is unknown (ranked lower, "ask them").
   */
  noAccount?: boolean;
}

export const defaultLimit = 3;

function limitOf(options: RecommendOptions): number {
  const limit = options.limit ?? defaultLimit;
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : defaultLimit;
}

function accountsOf(options: RecommendOptions): number | null {
  const n = options.accounts;
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : null;
}

interface Context {
  answers: CompleteAnswers;
  content: PreparedContent;
  rules: SignupRules;
  mode: 'chosen' | 'common';
  needs: NeedId[];
  priorities: ReadonlySet<PriorityId>;
  accounts: number | null;
}

function toRecommendation(c: Candidate, tied: boolean, ctx: Context): Recommendation {
  const cover = coverage(c.prepared, ctx.needs, ctx.content.needs, ctx.rules, c.areaDoubt);
  const explanation = explain({
    prepared: c.prepared,
    profile: ctx.answers.profile,
    mode: ctx.mode,
    needCount: ctx.needs.length,
    cover,
    place: c.place,
    terms: c.terms,
    priorities: ctx.priorities,
    accounts: ctx.answers.profile === 'association' ? ctx.accounts : null,
  });
  return {
    hosterId: c.prepared.hoster.id,
    score: c.score,
    covered: cover.covered.map(({ need, offers }) => ({ need, offers })),
    // With no needs picked there is nothing the person asked for that could be missing.
    missing: ctx.mode === 'chosen' ? cover.missing : [],
    inDoubt: cover.covered
      .filter((m) => m.signup === 'unknown' || m.outsideArea)
      .map((m) => m.need),
    distanceKm: c.place.kind === 'known' ? Math.round(c.place.km) : null,
    signup: cover.signup,
    ...explanation,
    tied,
  };
}

const message = (key: string): Message => ({ key });

function rankAll(ctx: Context, person: PersonPlace, seed: number): Candidate[] {
  const { content } = ctx;
  // Where each need's row starts in PreparedHoster.needRanks for these rules; -1: not in the catalogue.
  const rule = rulesIndex(ctx.rules);
  const rows = ctx.needs.map((id) => {
    const n = content.needIndex.get(id);
    return n === undefined ? -1 : n * rulesCount + rule;
  });
  const ranks = new Array<number>(rows.length).fill(-1);
  const candidates: Candidate[] = [];
  for (const prepared of content.hosters) {
    let any = false;
    for (let n = 0; n < rows.length; n += 1) {
      const row = rows[n] ?? -1;
      const rank = row < 0 ? -1 : (prepared.needRanks[row] ?? -1);
      ranks[n] = rank;
      if (rank >= 0) any = true;
    }
    // Hard constraint: at least one needed service with a usable offer.
    if (!any) continue;
    const place = placement(person, prepared);
    const area = areaFit(person, prepared, place);
    const areaDoubt = area === 'outside' || area === 'unknown';
    const cover = coverageMasks(ranks, areaDoubt);
    const terms = scoreTerms({
      prepared,
      profile: ctx.answers.profile,
      cover,
      needCount: ctx.needs.length,
      place,
      priorities: ctx.priorities,
    });
    candidates.push({
      prepared,
      place,
      areaDoubt,
      cover,
      terms,
      score: totalScore(terms),
      tie: tieBreak(seed, prepared),
    });
  }
  return candidates;
}

export function recommendPrepared(
  answers: CompleteAnswers,
  content: PreparedContent,
  options: RecommendOptions = {},
): RecommendationResult {
  const { mode, needs } = relevantNeeds(answers.needs, content.needs);
  const noAccount = options.noAccount === true;
  const priorities = new Set(options.priorities ?? []);
  const accounts = accountsOf(options);
  const ctx: Context = {
    answers,
    content,
    rules: { budget: answers.budget, noAccount },
    mode,
    needs,
    priorities,
    accounts,
  };
  const departement = departementOfPlace(answers.place);
  const person: PersonPlace = {
    point: pointOfPlace(answers.place, content.places),
    departement,
    region: departement === null ? null : regionOfDepartement(departement, content.places),
  };
  const seed = answersHash(answers, {
    priorities: [...priorities],
    noAccount,
    accounts: accounts ?? undefined,
  });

  const candidates = rankAll(ctx, person, seed);
  const selection = selectDiverse(candidates, limitOf(options));
  const recommendations = selection.chosen.map((c, i) =>
    toRecommendation(c, selection.tied[i] === true, ctx),
  );

  let combination: Combination | null = null;
  if (mode === 'chosen' && candidates.length > 0) {
    const best = candidates.reduce((m, c) => Math.max(m, coverageValue(c.cover)), 0);
    const plan = planCombination(candidates, needs, best);
    if (plan) {
      combination = {
        parts: plan.parts.map((p) => ({
          hosterId: p.candidate.prepared.hoster.id,
          needs: p.needs,
          inDoubt: p.inDoubt,
          distanceKm: p.candidate.place.kind === 'known' ? Math.round(p.candidate.place.km) : null,
        })),
        missing: plan.missing,
        recommendations: plan.parts.map((p) => toRecommendation(p.candidate, false, ctx)),
      };
    }
  }

  const nothing =
    candidates.length === 0 ? explainNothing(answers, needs, content, ctx.rules) : null;

  const notices: Message[] = [];
  if (selection.inTurn) notices.push(message('notices.inTurn'));
  if (combination) notices.push(message('notices.combination'));
  if (noAccount && recommendations.length > 0) notices.push(message('notices.noAccount'));
  if (nothing) notices.push(nothing.message);

  return {
    recommendations,
    candidates: candidates.length,
    inTurn: selection.inTurn,
    combination,
    nothing,
    noAccount,
    notices,
  };
}

/**
 * Recommend from raw content. The content is prepared (indexes, points) the
 * first time it is seen and reused while the same object is passed again.
 */
export function recommend(
  answers: CompleteAnswers,
  content: RecommendContent,
  options: RecommendOptions = {},
): RecommendationResult {
  return recommendPrepared(answers, prepareOnce(content), options);
}

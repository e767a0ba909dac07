/**
 * Nothing matches (design §3.6): say which answer excluded every hoster and
 * the least change to that one answer that gives results. Only the budget
 * and the services can exclude (place and profile only move the score);
 * the quick path's "no account" choice can too. When every hoster offering
 * these services is full, no one answer helps, and we say so.
 */
import type { NeedId } from '../content/schema';
import type { Budget, CompleteAnswers } from '../wizard/answers';
import { fitsBudget, fitsNoAccount, isUsable, type SignupRules } from './constraints';
import { commonNeeds } from './coverage';
import type { PreparedContent } from './prepare';
import type { NothingMatches } from './types';

/** From the strictest budget to the most open one (paid accepts what "don't know" accepts). */
const budgetSteps: readonly Budget[] = ['free', 'membership', 'paid'];

/** How many hosters have at least one usable offer for one of these needs. */
export function countCandidates(
  content: PreparedContent,
  needIds: readonly NeedId[],
  rules: SignupRules,
  ignoreCapacity = false,
): number {
  const kinds = new Set(needIds.flatMap((id) => content.needs.get(id)?.kinds ?? []));
  let count = 0;
  for (const { hoster } of content.hosters) {
    const usable = hoster.offers.some(
      (offer) =>
        kinds.has(offer.service) &&
        (ignoreCapacity
          ? fitsNoAccount(offer, rules.noAccount) && fitsBudget(offer, hoster, rules.budget)
          : isUsable(offer, hoster, rules)),
    );
    if (usable) count += 1;
  }
  return count;
}

export function explainNothing(
  answers: CompleteAnswers,
  needIds: readonly NeedId[],
  content: PreparedContent,
  rules: SignupRules,
): NothingMatches {
  const from = budgetSteps.indexOf(rules.budget);
  if (from >= 0) {
    for (const budget of budgetSteps.slice(from + 1)) {
      const candidates = countCandidates(content, needIds, { ...rules, budget });
      if (candidates > 0) {
        return {
          cause: 'budget',
          answer: 'budget',
          relaxed: { ...answers, budget },
          relaxedBudget: budget,
          candidates,
          message: {
            key: budget === 'membership' ? 'nothing.budgetMembership' : 'nothing.budgetPaid',
            params: { count: candidates },
          },
        };
      }
    }
  }
  if (rules.noAccount) {
    const candidates = countCandidates(content, needIds, { ...rules, noAccount: false });
    if (candidates > 0) {
      return {
        cause: 'noAccount',
        answer: 'noAccount',
        relaxed: answers,
        relaxedBudget: null,
        candidates,
        message: { key: 'nothing.noAccount', params: { count: candidates } },
      };
    }
  }
  const open = { budget: 'unknown', noAccount: false } as const;
  if (countCandidates(content, needIds, open, true) > 0) {
    return {
      cause: 'full',
      answer: null,
      relaxed: null,
      relaxedBudget: null,
      candidates: 0,
      message: { key: 'nothing.full' },
    };
  }
  // No hoster we know offers these services: offer the common ones instead.
  const common =
    answers.needs.length > 0
      ? countCandidates(
          content,
          commonNeeds.filter((id) => content.needs.has(id)),
          rules,
        )
      : 0;
  return {
    cause: 'needs',
    answer: 'needs',
    relaxed: common > 0 ? { ...answers, needs: [] } : null,
    relaxedBudget: null,
    candidates: common,
    message: { key: 'nothing.needs' },
  };
}

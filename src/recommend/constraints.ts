/**
 * Hard constraints (design §3.1): what makes a hoster or one of its offers
 * impossible for this person. Everything else only moves the score.
 * Unknown is not no (design §3.7): a null field never excludes on its own.
 */
import type { Hoster, Offer } from '../content/schema';
import type { Budget } from '../wizard/answers';

/** Only current CHATONS members are recommended; "unknown" means no source confirmed it. */
export const isActive = (hoster: Hoster): boolean => hoster.chatons.status === 'member';

/** A full or closed service takes nobody new; null capacity is unknown, so allowed. */
export const isOpen = (offer: Offer): boolean =>
  offer.capacity !== 'full' && offer.capacity !== 'closed';

/**
 * Whether the way one signs up for this offer fits the budget.
 * - none / free: nothing to pay, always fine.
 * - member: joining costs a yearly fee, so not for "nothing to pay",
 *   unless the record says membership is free (0 €).
 * - client: paying customers, only when a monthly amount is fine or the
 *   person does not know.
 * - unknown: allowed (it ranks lower elsewhere), except at a hoster whose
 *   pricing is known to be "paid": there the offer almost surely costs
 *   money, which "free" and "a few euros a year" rule out (design §3.1:
 *   its price fits the budget).
 */
export function fitsBudget(offer: Offer, hoster: Hoster, budget: Budget): boolean {
  switch (offer.registration) {
    case 'none':
    case 'free':
      return true;
    case 'member':
      return budget !== 'free' || hoster.pricing.membershipEurPerYear === 0;
    case 'client':
      return budget === 'paid' || budget === 'unknown';
    case null:
      return !(hoster.pricing.model === 'paid' && (budget === 'free' || budget === 'membership'));
  }
}

/** The answers and choices that decide whether an offer can be used by this person. */
export interface SignupRules {
  budget: Budget;
  /**
   * The quick path ("I just need a pad today", design §2): keep only offers
   * that need no account. An offer whose sign-up is unknown is kept (unknown
   * is not no) and ranks lower; a known account of any kind is excluded.
   */
  noAccount: boolean;
}

/** Every budget answer, in a fixed order (for tables precomputed per answer). */
export const budgets: readonly Budget[] = ['free', 'membership', 'paid', 'unknown'];

/** How many different SignupRules there are: 4 budgets × with or without "no account". */
export const rulesCount = budgets.length * 2;

/** A small number (0 … rulesCount − 1) for these rules, to index tables precomputed per rule. */
export const rulesIndex = (rules: SignupRules): number =>
  budgets.indexOf(rules.budget) * 2 + (rules.noAccount ? 1 : 0);

/** The rules a rulesIndex stands for. */
export const rulesAt = (index: number): SignupRules => ({
  budget: budgets[index >> 1] ?? 'unknown',
  noAccount: (index & 1) === 1,
});

/** Whether the way one signs up fits the no-account choice. */
export const fitsNoAccount = (offer: Offer, noAccount: boolean): boolean =>
  !noAccount || offer.registration === 'none' || offer.registration === null;

/** Every hard constraint on one offer except "the service is needed" (design §3.1). */
export const isUsable = (offer: Offer, hoster: Hoster, rules: SignupRules): boolean =>
  isOpen(offer) && fitsNoAccount(offer, rules.noAccount) && fitsBudget(offer, hoster, rules.budget);

/**
 * What the recommender returns. Logic speaks in ids and translation keys
 * with parameters; views translate (house style, principle 3).
 */
import type { NeedId, Offer, Registration } from '../content/schema';
import type { Budget, CompleteAnswers } from '../wizard/answers';

/** A translation key in the `reasons` namespace (content/locales/fr/reasons.json and en) and its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * What may matter to the person ("what matters to you", design §2), beyond
 * their four answers (the wizard's optional question).
 * - association: run by an association;
 * - meet: I want to meet them (distance and in-person help weigh double);
 * - allInOne: the most services in one place;
 * - france: based in France (where the servers are is rarely published);
 * - longLived: in the collective for years (its record's "since" year).
 */
export type PriorityId = 'association' | 'meet' | 'allInOne' | 'france' | 'longLived';

/** One of the person's needs and the offers that answer it at this hoster. */
export interface CoveredNeed {
  need: NeedId;
  offers: Offer[];
}

export interface Recommendation {
  hosterId: string;
  /** Higher is better; only meaningful to compare within one result list. */
  score: number;
  covered: CoveredNeed[];
  missing: NeedId[];
  /**
   * Covered needs that count half, being in doubt: the sign-up is unknown,
   * or an account is needed at a local hoster whose area the person may be
   * outside. The card can mark them "to ask them".
   */
  inDoubt: NeedId[];
  /** Kilometres from the person's place, or null when either point is unknown. */
  distanceKm: number | null;
  /** How one signs up for the covered offers: the most demanding known rule, or unknown. */
  signup: Registration | 'unknown';
  reasons: Message[];
  limits: Message[];
  /** Facts we do not know and the person should ask about. */
  unknowns: Message[];
  /**
   * True when this hoster is as good as another one for these answers and
   * the stable hash of the answers decided which came first (or was shown).
   */
  tied: boolean;
}

/** One hoster of a combination and the needs to take there. */
export interface CombinationPart {
  hosterId: string;
  /** The needs to take at this hoster, in the person's order. */
  needs: NeedId[];
  /**
   * Needs of this part that are in doubt there: the sign-up is unknown, or
   * the person may live outside the area this local hoster serves (ask them).
   */
  inDoubt: NeedId[];
  distanceKm: number | null;
}

/**
 * When no single hoster covers every need: the fewest hosters that together
 * cover more than the best single one (greedy set cover, nearer first).
 * "Email at A, video calls at B."
 */
export interface Combination {
  parts: CombinationPart[];
  /** Needs that no hoster we know answers for these answers. */
  missing: NeedId[];
  /** Full recommendations (reasons, limits…) for hosters of the combination. */
  recommendations: Recommendation[];
}

/** Which answer excluded every hoster, and the least change that gives results. */
export interface NothingMatches {
  /**
   * budget: the budget ruled out every offer of these services;
   * noAccount: only offers with an account exist (the quick path);
   * needs: no hoster we know offers any of these services;
   * full: every hoster offering them is full or closed (no one answer helps).
   */
  cause: 'budget' | 'noAccount' | 'needs' | 'full';
  /** The one answer (or choice) to change, or null when changing one does not help. */
  answer: 'budget' | 'noAccount' | 'needs' | null;
  /**
   * The answers with that one answer relaxed, ready to re-run (for
   * "noAccount", the same answers without the quick path); null when none helps.
   */
  relaxed: CompleteAnswers | null;
  /** For a budget: the smallest budget that gives results. */
  relaxedBudget: Budget | null;
  /** How many hosters the relaxed answers give. */
  candidates: number;
  /** The plain sentence that says why (and what to change). */
  message: Message;
}

export interface RecommendationResult {
  recommendations: Recommendation[];
  /** How many hosters passed the hard constraints. */
  candidates: number;
  /** True when equally good hosters are shown in turn (a tie was broken by the answers' hash). */
  inTurn: boolean;
  /** Null when one hoster covers every need, or when no combination does better than one. */
  combination: Combination | null;
  /** Non-null only when there is no recommendation. */
  nothing: NothingMatches | null;
  /** True when only offers that need no account were kept (the quick path). */
  noAccount: boolean;
  /**
   * Plain sentences for the results page, in the order to show them:
   * equally good hosters in turn, the combination, no account needed,
   * nothing matches.
   */
  notices: Message[];
}

/**
 * What the recommender returns. Logic speaks in ids and translation keys
 * with parameters; views translate (house style, principle 3).
 */
import type { NeedId, Offer, Registration } from '../content/schema';

/** A translation key in the `reasons` namespace (content/locales/fr/reasons.json and en) and its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

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
  /** Kilometres from the person's place, or null when either point is unknown. */
  distanceKm: number | null;
  /** How one signs up for the covered offers: the most demanding known rule, or unknown. */
  signup: Registration | 'unknown';
  reasons: Message[];
  limits: Message[];
  /** Facts we do not know and the person should ask about. */
  unknowns: Message[];
}

export interface RecommendationResult {
  recommendations: Recommendation[];
  /** How many hosters passed the hard constraints. */
  candidates: number;
}

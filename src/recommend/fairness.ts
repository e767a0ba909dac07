/**
 * Decentralisation figures (issue 4): over many random personas, how often
 * one hoster comes first, and how many hosters get shown at all. Used by
 * `npm run fairness` and by a unit test on the real content; not part of
 * the app (nothing in the app imports it).
 */
import { needIds, type NeedId } from '../content/needIds';
import type { Budget, CompleteAnswers, PlaceAnswer, Profile } from '../wizard/answers';
import type { PreparedContent } from './prepare';
import { recommendPrepared, type RecommendOptions } from './recommend';
import { coverage } from './coverage';
import type { Recommendation } from './types';

/** A small seeded generator (mulberry32): the same seed draws the same personas. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Persona {
  answers: CompleteAnswers;
  options: RecommendOptions;
}

const profiles: readonly Profile[] = ['individual', 'association', 'helper'];
const budgets: readonly Budget[] = ['free', 'membership', 'paid', 'unknown'];
/** How many services people pick: 0 ("I don't know yet") to 4, fewer more often. */
const needCounts: readonly [count: number, weight: number][] = [
  [0, 10],
  [1, 30],
  [2, 25],
  [3, 20],
  [4, 15],
];

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

function weighted(random: () => number, table: readonly [number, number][]): number {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table.at(-1)?.[0] ?? 0;
}

/**
 * Random personas: profile and budget uniform; 0–4 services drawn uniformly
 * among the 14 needs; one in ten "anywhere", else a département drawn
 * uniformly among the catalogue's (across France, overseas included).
 */
export function randomPersonas(count: number, seed: number, departements: string[]): Persona[] {
  const random = seededRandom(seed);
  const out: Persona[] = [];
  for (let i = 0; i < count; i += 1) {
    const pool: NeedId[] = [...needIds];
    const needs: NeedId[] = [];
    for (let n = weighted(random, needCounts); n > 0; n -= 1) {
      const at = Math.floor(random() * pool.length);
      const [need] = pool.splice(at, 1);
      if (need) needs.push(need);
    }
    const place: PlaceAnswer =
      random() < 0.1
        ? { kind: 'anywhere' }
        : { kind: 'departement', code: pick(random, departements) };
    out.push({
      answers: { profile: pick(random, profiles), needs, place, budget: pick(random, budgets) },
      options: {},
    });
  }
  return out;
}

export interface Share {
  hosterId: string;
  share: number;
}

export interface FairnessReport {
  personas: number;
  /** Personas that got at least one recommendation. */
  answered: number;
  activeHosters: number;
  /** Share of first picks per hoster, largest first (over answered personas). */
  firstPicks: Share[];
  largestFirstShare: number;
  /** Hosters that appear in at least one top 3, over all active hosters. */
  inSomeTop3: number;
  inSomeTop3Share: number;
  /**
   * The floor under "coverage first": per hoster, the share of personas for
   * which it alone reaches the best coverage, so no tie-break could move the
   * first pick elsewhere. Largest first.
   */
  uniqueBest: Share[];
  /** Hosters that can never be shown: none of their open offers answers any need. */
  neverEligible: string[];
  /** Relevance kept: the first pick has the best coverage of all candidates (should be 1). */
  firstPickBestCoverage: number;
  /** The first pick offers as many of the services as any candidate, doubts counted as offered. */
  firstPickMostServices: number;
  /** Personas shown a combination. */
  combinations: number;
  /** Personas told that equally good hosters are shown in turn. */
  inTurn: number;
}

const shares = (counts: Map<string, number>, total: number): Share[] =>
  [...counts.entries()]
    .map(([hosterId, n]) => ({ hosterId, share: n / Math.max(1, total) }))
    .sort((a, b) => b.share - a.share || (a.hosterId < b.hosterId ? -1 : 1));

const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);

export function measureFairness(content: PreparedContent, personas: Persona[]): FairnessReport {
  const first = new Map<string, number>();
  const unique = new Map<string, number>();
  const shown = new Set<string>();
  let answered = 0;
  let bestCoverage = 0;
  let mostServices = 0;
  let combinations = 0;
  let inTurn = 0;
  for (const { answers, options } of personas) {
    const result = recommendPrepared(answers, content, options);
    if (result.combination) combinations += 1;
    if (result.inTurn) inTurn += 1;
    const top = result.recommendations[0];
    if (!top) continue;
    answered += 1;
    add(first, top.hosterId);
    for (const r of result.recommendations.slice(0, 3)) shown.add(r.hosterId);
    // Every candidate, to compare the first pick with the best any hoster reaches.
    const all = recommendPrepared(answers, content, {
      ...options,
      limit: content.hosters.length,
    }).recommendations;
    const value = (r: Recommendation) => r.covered.length - r.inDoubt.length / 2;
    const bestValue = Math.max(...all.map(value));
    const best = all.filter((r) => value(r) === bestValue);
    if (value(top) === bestValue) bestCoverage += 1;
    if (top.covered.length === Math.max(...all.map((r) => r.covered.length))) mostServices += 1;
    const [only] = best;
    if (best.length === 1 && only) add(unique, only.hosterId);
  }
  const firstPicks = shares(first, answered);
  const everyNeed = [...content.needs.keys()];
  const neverEligible = content.hosters
    .filter(
      (h) =>
        coverage(h, everyNeed, content.needs, { budget: 'unknown', noAccount: false }).covered
          .length === 0,
    )
    .map((h) => h.hoster.id);
  return {
    personas: personas.length,
    answered,
    activeHosters: content.hosters.length,
    firstPicks,
    largestFirstShare: firstPicks[0]?.share ?? 0,
    inSomeTop3: shown.size,
    inSomeTop3Share: shown.size / Math.max(1, content.hosters.length),
    uniqueBest: shares(unique, answered),
    neverEligible,
    firstPickBestCoverage: bestCoverage / Math.max(1, answered),
    firstPickMostServices: mostServices / Math.max(1, answered),
    combinations,
    inTurn,
  };
}

/**
 * When no single hoster covers every need (design §3.4): the fewest hosters
 * that together cover more, by greedy set cover. Each step takes the hoster
 * that adds the most (a need in doubt adds half, as in the score), the
 * nearer on equal gain, then the better ranked; never two branches of one
 * structure. Hosters that add nothing once the others are in are dropped
 * again. Greedy is not always the smallest set, but with at most 14 needs it
 * is close, and it stays fast with thousands of hosters.
 */
import type { NeedId } from '../content/schema';
import { compareCandidates, type Candidate } from './rank';
import { proximityFactor, weights } from './score';

export interface PlannedPart {
  candidate: Candidate;
  needs: NeedId[];
  /** Needs of this part that are in doubt there (sign-up unknown, or outside its area). */
  inDoubt: NeedId[];
}

export interface Plan {
  parts: PlannedPart[];
  missing: NeedId[];
}

/** 1 known usable, ½ in doubt, 0 not covered. */
function valueOf(c: Candidate, n: number): number {
  const bit = 1 << n;
  if (c.cover.known & bit) return 1;
  return c.cover.doubt & bit ? weights.unknownSignupShare : 0;
}

/** The best value reached for each need by these hosters. */
function bestValues(parts: readonly Candidate[], count: number): number[] {
  const best: number[] = [];
  for (let n = 0; n < count; n += 1) {
    best.push(Math.max(0, ...parts.map((c) => valueOf(c, n))));
  }
  return best;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** How much this hoster adds to what is already covered (best[n] per need). */
function gainOf(c: Candidate, best: readonly number[]): number {
  if ((c.cover.known | c.cover.doubt) === 0) return 0;
  let gain = 0;
  best.forEach((b, n) => {
    const v = valueOf(c, n);
    if (v > b) gain += v - b;
  });
  return gain;
}

/**
 * A combination for these needs, or null when none does better than the
 * best single hoster (`best` is that hoster's coverage value).
 */
export function planCombination(
  candidates: readonly Candidate[],
  needs: readonly NeedId[],
  best: number,
): Plan | null {
  if (needs.length < 2 || best >= needs.length) return null;
  const covered = needs.map(() => 0);
  const picked: Candidate[] = [];
  const keys = new Set<string>();
  while (sum(covered) < needs.length) {
    let pick: Candidate | undefined;
    let pickGain = 0;
    let pickNear = 0;
    for (const c of candidates) {
      const gain = gainOf(c, covered);
      if (gain <= 0 || gain < pickGain) continue;
      if (c.prepared.structureKeys.some((k) => keys.has(k))) continue;
      const near = proximityFactor(c.place);
      const better =
        !pick ||
        gain > pickGain ||
        near > pickNear ||
        (near === pickNear && compareCandidates(c, pick) < 0);
      if (better) {
        pick = c;
        pickGain = gain;
        pickNear = near;
      }
    }
    if (!pick) break;
    picked.push(pick);
    for (const k of pick.prepared.structureKeys) keys.add(k);
    covered.forEach((b, n) => {
      covered[n] = Math.max(b, valueOf(pick, n));
    });
  }

  // Drop, latest first, any hoster the others make useless.
  const total = sum(covered);
  for (let p = picked.length - 1; p >= 0; p -= 1) {
    const others = picked.filter((_, q) => q !== p);
    if (sum(bestValues(others, needs.length)) >= total) picked.splice(p, 1);
  }
  if (picked.length < 2 || total <= best) return null;

  // Each need goes to the part that answers it best, the earliest on a tie.
  const parts: PlannedPart[] = picked.map((candidate) => ({ candidate, needs: [], inDoubt: [] }));
  const missing: NeedId[] = [];
  // Shown in the person's order: the part with their first need first.
  const shown: PlannedPart[] = [];
  needs.forEach((need, n) => {
    let at: PlannedPart | undefined;
    let atValue = 0;
    for (const part of parts) {
      const v = valueOf(part.candidate, n);
      if (v > atValue) {
        at = part;
        atValue = v;
      }
    }
    if (!at) {
      missing.push(need);
      return;
    }
    if (at.needs.length === 0) shown.push(at);
    at.needs.push(need);
    if (atValue < 1) at.inDoubt.push(need);
  });
  return { parts: shown, missing };
}

/**
 * Ordering and choosing (design §3.3): best score first; equal scores are
 * ordered by a hash of the answers mixed with each hoster's id, so the same
 * answers always give the same order while different people are spread
 * across equally good hosters; then never two branches of one structure.
 */
import type { CoverageMasks } from './coverage';
import { mix } from './hash';
import type { Placement } from './placement';
import type { PreparedHoster } from './prepare';
import type { ScoreTerms } from './score';

/** A hoster that passed the hard constraints, with what is needed to rank it. */
export interface Candidate {
  prepared: PreparedHoster;
  place: Placement;
  /** The person may live outside the area this local or regional hoster serves. */
  areaDoubt: boolean;
  cover: CoverageMasks;
  terms: ScoreTerms;
  score: number;
  /** The tie-break: the answers' hash mixed with the id's hash. */
  tie: number;
}

export const tieBreak = (answersHash: number, prepared: PreparedHoster): number =>
  mix(answersHash, prepared.idHash);

/** A total order: score, then the answers' hash, then the id (for two ids that hash alike). */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.tie !== b.tie) return a.tie - b.tie;
  const x = a.prepared.hoster.id;
  const y = b.prepared.hoster.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An index known to be in range (the heap checks its bounds itself). */
const at = (items: readonly Candidate[], k: number): Candidate => items[k] as Candidate;

/**
 * A binary heap, best candidate on top: taking the first few of thousands
 * costs far less than sorting them all.
 */
class CandidateHeap {
  private readonly items: Candidate[];

  constructor(items: readonly Candidate[]) {
    this.items = [...items];
    for (let i = (this.items.length >> 1) - 1; i >= 0; i -= 1) this.down(i);
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      this.down(0);
    }
    return top;
  }

  private down(start: number): void {
    const items = this.items;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < items.length && compareCandidates(at(items, left), at(items, best)) < 0) {
        best = left;
      }
      if (right < items.length && compareCandidates(at(items, right), at(items, best)) < 0) {
        best = right;
      }
      if (best === i) return;
      const swap = at(items, i);
      items[i] = at(items, best);
      items[best] = swap;
      i = best;
    }
  }
}

export interface Selection {
  chosen: Candidate[];
  /** Per chosen candidate: another candidate we could have shown scores the same. */
  tied: boolean[];
  /** An equally good hoster was left out for one shown (so they are shown in turn). */
  inTurn: boolean;
}

const sharesStructure = (keys: ReadonlySet<string>, c: Candidate): boolean =>
  c.prepared.structureKeys.some((k) => keys.has(k));

/**
 * The best `limit` candidates in ranked order (compareCandidates), skipping
 * any that shares a structure (website domain or name) with one already
 * chosen; and whether an equally good one was left out.
 */
export function selectDiverse(candidates: readonly Candidate[], limit: number): Selection {
  const heap = new CandidateHeap(candidates);
  const chosen: Candidate[] = [];
  const keys = new Set<string>();
  // The best hoster left out that could have been shown instead.
  let firstLeftOut: Candidate | undefined;
  for (let c = heap.pop(); c; c = heap.pop()) {
    if (sharesStructure(keys, c)) continue;
    if (chosen.length === limit) {
      firstLeftOut = c;
      break;
    }
    chosen.push(c);
    for (const k of c.prepared.structureKeys) keys.add(k);
  }
  const last = chosen.at(-1);
  const inTurn = last !== undefined && firstLeftOut?.score === last.score;
  const tied = chosen.map(
    (c, i) =>
      chosen[i - 1]?.score === c.score ||
      chosen[i + 1]?.score === c.score ||
      firstLeftOut?.score === c.score,
  );
  return { chosen, tied, inTurn };
}

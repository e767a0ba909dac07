/**
 * A stable hash of the answers, to break ties between equally good hosters
 * (design §3.3): the same answers always give the same order, while
 * different answers spread people across the hosters that tie. Not
 * cryptographic; only stable across runs, browsers and content order.
 */
import type { CompleteAnswers } from '../wizard/answers';
import type { PriorityId } from './types';

/** FNV-1a, 32 bits, over the UTF-16 code units of a string. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes two 32-bit values into one well-spread value (murmur3's finaliser). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface HashedChoices {
  priorities?: readonly PriorityId[] | undefined;
  noAccount?: boolean | undefined;
  accounts?: number | undefined;
}

/**
 * One number for the answers. Order and repeats in lists do not matter
 * (["email","visio"] is the same person as ["visio","email"]).
 */
export function answersHash(answers: CompleteAnswers, choices: HashedChoices = {}): number {
  const place =
    answers.place.kind === 'anywhere'
      ? 'anywhere'
      : answers.place.kind === 'departement'
        ? `d${answers.place.code}`
        : `p${answers.place.code}`;
  const canonical = [
    answers.profile,
    [...new Set(answers.needs)].sort().join(','),
    place,
    answers.budget,
    [...new Set(choices.priorities ?? [])].sort().join(','),
    choices.noAccount === true ? 'noAccount' : '',
    choices.accounts ?? '',
  ].join('|');
  return fnv1a(canonical);
}

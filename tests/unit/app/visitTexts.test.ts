/**
 * The sentences of workshop mode and of kept answers are read by people in
 * a hurry, on a shared computer: short and plain, like every screen
 * (see tests/unit/language).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { measure } from '../../../scripts/readability/measure';

const root = path.resolve(import.meta.dirname, '../../..');
type Tree = { [key: string]: string | Tree };
const load = (lng: string, ns: string) =>
  JSON.parse(readFileSync(path.join(root, 'content/locales', lng, `${ns}.json`), 'utf8')) as Tree;
const strings = (tree: string | Tree): string[] =>
  typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(strings);

function visitTexts(lng: string): string[] {
  const common = load(lng, 'common');
  const dropped = common.dropped as Tree;
  return [
    ...strings(load(lng, 'workshop')),
    ...strings(common.keep ?? {}),
    ...strings(dropped.sessionLost ?? ''),
  ];
}

describe('the texts of workshop mode and kept answers', () => {
  test('French: Kandel–Moles ≥ 60 and at most 12 words per sentence on average', () => {
    const texts = visitTexts('fr');
    expect(texts.length).toBeGreaterThan(10);
    const m = measure(texts);
    expect(m.score).toBeGreaterThanOrEqual(60);
    expect(m.wordsPerSentence).toBeLessThanOrEqual(12);
  });

  test('no word of jargon: the device, the computer, the answers', () => {
    const jargon = /\b(stockage|localStorage|sessionStorage|navigateur|cookies?|session|cache)\b/i;
    expect(visitTexts('fr').filter((text) => jargon.test(text))).toEqual([]);
  });

  test('English says the same things, text for text', () => {
    expect(visitTexts('en')).toHaveLength(visitTexts('fr').length);
  });
});

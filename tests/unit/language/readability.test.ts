import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { countSyllables, measure } from '../../../scripts/readability/measure';
import { screenTexts } from '../../../scripts/readability/screens';
import { plainText } from '../../../src/components/richText';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the readability measure', () => {
  test('counts French syllables without the silent final e', () => {
    expect(countSyllables('chat')).toBe(1);
    expect(countSyllables('outils')).toBe(2);
    expect(countSyllables('association')).toBe(4);
    expect(countSyllables('une')).toBe(1);
    expect(countSyllables('utilisent')).toBe(3);
    expect(countSyllables('le')).toBe(1);
  });

  test('gives short plain sentences a high score and long learned ones a low score', () => {
    const plain = measure(['Vos réponses restent ici. Rien ne part.']);
    expect(plain.sentences).toBe(2);
    expect(plain.wordsPerSentence).toBe(3.5);
    expect(plain.score).toBeGreaterThan(80);
    const learned = measure([
      "L'interopérabilité des infrastructures décentralisées conditionne l'émancipation numérique des organisations associatives contemporaines soucieuses de souveraineté informationnelle.",
    ]);
    expect(learned.score).toBeLessThan(20);
  });
});

describe('every French screen stays plain', () => {
  test.each(Object.entries(screenTexts(root)))(
    '%s: Kandel–Moles ≥ 60 and ≤ 20 words per sentence',
    (_, texts) => {
      const m = measure(texts.map(plainText));
      expect(m.sentences).toBeGreaterThan(0);
      expect(m.score).toBeGreaterThanOrEqual(60);
      expect(m.wordsPerSentence).toBeLessThanOrEqual(20);
    },
  );
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { screenTexts } from '../../../scripts/readability/screens';
import { parseRichText } from '../../../src/components/richText';

const root = path.resolve(import.meta.dirname, '../../..');
const glossary = JSON.parse(
  readFileSync(path.join(root, 'content/locales/fr/glossary.json'), 'utf8'),
) as Record<string, { term: string; definition: string }>;

/** Words a newcomer may not know; each must be explained where it first appears on a screen. */
const jargon: Record<string, RegExp> = {
  serveur: /\bserveurs?\b/i,
  instance: /\binstances?\b/i,
  cloud: /\bcloud\b/i,
  hebergement: /\bhébergements?\b/i,
  hebergeur: /\bhébergeurs?\b/i,
  federe: /\bfédérée?s?\b/i,
  openSource: /\bopen source\b/i,
  rgpd: /\bRGPD\b/,
  dns: /\bDNS\b/,
  logicielLibre: /\blogiciels? libres?\b/i,
  chaton: /\bCHATONS?\b/,
};

const screens = Object.entries(screenTexts(root)).filter(([name]) => name !== 'glossary');

describe.each(screens)('the %s screen', (_, texts) => {
  test('explains each jargon word where it first appears', () => {
    const unexplained: string[] = [];
    for (const [word, pattern] of Object.entries(jargon)) {
      const first = texts.find((text) =>
        pattern.test(
          parseRichText(text)
            .map((p) => p.text)
            .join(''),
        ),
      );
      if (first === undefined) continue;
      const firstPiece = parseRichText(first).find((piece) => pattern.test(piece.text));
      if (!firstPiece || !('term' in firstPiece)) unexplained.push(`${word} in “${first}”`);
    }
    expect(unexplained).toEqual([]);
  });
});

describe('glossary marks', () => {
  test.each(['fr', 'en'])('every marked word in %s names a glossary entry', (lng) => {
    const marks = Object.values(screenTexts(root, lng))
      .flat()
      .flatMap((text) => parseRichText(text).flatMap((p) => ('term' in p ? [p.term] : [])));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((term) => !(term in glossary))).toEqual([]);
  });

  test('a marked text is read as plain words, with no tag left', () => {
    expect(parseRichText('Un <hebergeur>hébergeur</hebergeur> proche.')).toEqual([
      { text: 'Un ' },
      { term: 'hebergeur', text: 'hébergeur' },
      { text: ' proche.' },
    ]);
  });
});

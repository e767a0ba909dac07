/**
 * Kandel–Moles readability for French (the Flesch formula adapted to French):
 * 207 − 1.015 × words per sentence − 73.6 × syllables per word.
 * Sentences and words come from Intl.Segmenter('fr'); syllables from vowel
 * groups, without the silent final e of French words.
 */
const vowelGroup = /[aeiouyàâäéèêëîïôöùûüœæ]+/giu;

/** Syllables of one French word, as spoken (approximate, good enough for averages). */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return lower.length; // "12" is read as one or two syllables: close enough
  let groups = (lower.match(vowelGroup) ?? []).length;
  // Silent endings: "une", "outils" no, "pages", "utilisent".
  if (groups > 1 && /[^aeiouyàâäéèêëîïôöùûü](e|es|ent)$/u.test(lower)) groups -= 1;
  return Math.max(1, groups);
}

export interface Measure {
  sentences: number;
  words: number;
  syllables: number;
  wordsPerSentence: number;
  score: number;
}

const sentenceSegmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/** Each text is one or more sentences; a label without a full stop still counts as one. */
export function measure(texts: readonly string[]): Measure {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const text of texts) {
    for (const { segment } of sentenceSegmenter.segment(text)) {
      const inSentence = [...wordSegmenter.segment(segment)].filter((s) => s.isWordLike);
      if (inSentence.length === 0) continue;
      sentences += 1;
      words += inSentence.length;
      syllables += inSentence.reduce((sum, s) => sum + countSyllables(s.segment), 0);
    }
  }
  const wordsPerSentence = sentences === 0 ? 0 : words / sentences;
  const syllablesPerWord = words === 0 ? 0 : syllables / words;
  return {
    sentences,
    words,
    syllables,
    wordsPerSentence,
    score: 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord,
  };
}

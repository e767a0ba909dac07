/**
 * npm run readability — one line per screen: Kandel–Moles score and mean
 * sentence length of its French texts. Goals: score ≥ 70, ≤ 12 words.
 */
import path from 'node:path';
import { plainText } from '../src/components/richText';
import { measure } from './readability/measure';
import { screenTexts } from './readability/screens';

const root = path.resolve(import.meta.dirname, '..');
console.log('screen      score  words/sentence  sentences  goal');
for (const [screen, texts] of Object.entries(screenTexts(root))) {
  const m = measure(texts.map(plainText));
  const ok = m.score >= 70 && m.wordsPerSentence <= 12 ? 'met' : 'not yet';
  console.log(
    `${screen.padEnd(10)} ${m.score.toFixed(1).padStart(6)} ${m.wordsPerSentence.toFixed(1).padStart(15)} ${String(m.sentences).padStart(10)}  ${ok}`,
  );
}

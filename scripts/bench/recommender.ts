/**
 * Recommender timing for `npm run bench`: median time to rank on the
 * bundled content, over a deterministic spread of personas.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { needIds } from '../../src/content/schema';
import { validateContent } from '../../src/content/validate';
import { recommend } from '../../src/recommend/recommend';
import { Budget, Profile, type CompleteAnswers } from '../../src/wizard/answers';
import { readContentFiles } from '../contentFiles';

/** A deterministic spread of personas (no randomness: runs are comparable). */
function personas(departements: string[]): CompleteAnswers[] {
  const out: CompleteAnswers[] = [];
  for (let i = 0; i < 500; i += 1) {
    const needs = needIds.filter((_, n) => (i >> n) % 3 === 0).slice(0, 1 + (i % 4));
    const code = departements[i % departements.length] ?? '75';
    out.push({
      profile: Profile.options[i % 3] ?? 'individual',
      needs,
      place: i % 7 === 0 ? { kind: 'anywhere' } : { kind: 'departement', code },
      budget: Budget.options[i % 4] ?? 'unknown',
    });
  }
  return out;
}

export function timeRecommender(root: string): void {
  const { files } = readContentFiles(path.join(root, 'content'));
  const { content } = validateContent(files);
  if (!content) throw new Error('content does not validate: run npm run content:check');
  const people = personas(content.places.departements.map((d) => d.code));
  const times: number[] = [];
  for (let round = 0; round < 4; round += 1) {
    for (const answers of people) {
      const start = performance.now();
      recommend(answers, content);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3);
  console.log(
    `Recommender on the bundled content (${content.hosters.length} hosters, ${times.length} runs):`,
  );
  console.log(`  median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}

/**
 * Recommender timing for `npm run bench`: median time to rank, over a
 * deterministic spread of personas, on the bundled content and on 10,000
 * deterministic synthetic hosters. Content is prepared once (as the app
 * does at load), so the figures are the time of one re-rank.
 * Goals on the 2-core reference machine: ≤ 1 ms on the real content,
 * ≤ 16 ms (one frame) at 10,000 hosters.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { needIds } from '../../src/content/schema';
import { validateContent } from '../../src/content/validate';
import { prepare, type RecommendContent } from '../../src/recommend/prepare';
import { recommendPrepared } from '../../src/recommend/recommend';
import { Budget, Profile, type CompleteAnswers } from '../../src/wizard/answers';
import { readContentFiles } from '../contentFiles';
import { syntheticHosters } from './synthetic';

/** A deterministic spread of personas (no randomness: runs are comparable). */
function personas(departements: string[], count: number): CompleteAnswers[] {
  const out: CompleteAnswers[] = [];
  for (let i = 0; i < count; i += 1) {
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

interface Timing {
  median: number;
  p95: number;
  max: number;
  runs: number;
  prepareMs: number;
}

function time(content: RecommendContent, people: CompleteAnswers[], rounds: number): Timing {
  const startPrepare = performance.now();
  const prepared = prepare(content);
  const prepareMs = performance.now() - startPrepare;
  // Warm up the JIT so the figures describe a page that has been used a little.
  for (const answers of people.slice(0, 50)) recommendPrepared(answers, prepared);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const answers of people) {
      const start = performance.now();
      recommendPrepared(answers, prepared);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: at(1), runs: times.length, prepareMs };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

export function timeRecommender(root: string): void {
  const { files } = readContentFiles(path.join(root, 'content'));
  const { content } = validateContent(files);
  if (!content) throw new Error('content does not validate: run npm run content:check');
  const codes = content.places.departements.map((d) => d.code);

  const real = time(content, personas(codes, 500), 4);
  console.log(
    `Recommender on the bundled content (${content.hosters.length} hosters, ${real.runs} runs):`,
  );
  console.log(
    `  median ${ms(real.median)} (goal ≤ 1 ms), p95 ${ms(real.p95)}, max ${ms(real.max)}; prepared once in ${ms(real.prepareMs)}`,
  );

  const count = 10_000;
  const synthetic: RecommendContent = {
    hosters: syntheticHosters(count, content.places),
    needs: content.needs,
    places: content.places,
  };
  const big = time(synthetic, personas(codes, 200), 1);
  console.log(`Recommender on ${count} synthetic hosters (seed 42, ${big.runs} runs):`);
  console.log(
    `  median ${ms(big.median)} (goal ≤ 16 ms), p95 ${ms(big.p95)}, max ${ms(big.max)}; prepared once in ${ms(big.prepareMs)}`,
  );
}

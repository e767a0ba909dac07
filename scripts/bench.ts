/**
 * npm run bench — prints figures, asserts nothing (speed is measured, not tested).
 * 1. Builds the app and weighs what the first page load fetches (gzip, brotli).
 * 2. Times the recommender on the bundled content over many persona runs.
 */
import { execSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { needIds } from '../src/content/schema';
import { validateContent } from '../src/content/validate';
import { recommend } from '../src/recommend/recommend';
import { Budget, Profile, type CompleteAnswers } from '../src/wizard/answers';
import { readContentFiles } from './contentFiles';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function weighInitialLoad(): void {
  execSync('npm run -s build', { cwd: root, stdio: 'ignore' });
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  // What the browser fetches before the first question: the page, its entry script and styles.
  const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  const rows = ['index.html', ...assets].map((file) => {
    const bytes = readFileSync(path.join(dist, file));
    return {
      file,
      raw: statSync(path.join(dist, file)).size,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes).length,
    };
  });
  console.log('Initial load (static imports from the entry):');
  for (const r of rows) {
    console.log(
      `  ${r.file.padEnd(36)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} brotli`,
    );
  }
  const sum = (key: 'raw' | 'gzip' | 'brotli') => rows.reduce((total, r) => total + r[key], 0);
  console.log(
    `  ${'total'.padEnd(36)} ${kb(sum('raw')).padStart(10)} raw ${kb(sum('gzip')).padStart(9)} gzip ${kb(sum('brotli')).padStart(9)} brotli`,
  );
}

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

function timeRecommender(): void {
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

weighInitialLoad();
timeRecommender();

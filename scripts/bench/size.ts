/**
 * Initial-load weight for `npm run bench`: builds the app and weighs what the
 * first page load fetches (the page, its entry script and styles).
 */
import { execSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function weighInitialLoad(root: string): void {
  const dist = path.join(root, 'dist');
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

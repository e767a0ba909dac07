/**
 * Initial-load weight for `npm run bench`: what the built index.html asks
 * for before anything else (its entry script, the modules it preloads and
 * its styles: the static imports from the entry), compressed as a server
 * would send it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { goal, kb } from './report';

interface Row {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

function weigh(dist: string, file: string): Row {
  const bytes = readFileSync(path.join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

const line = (r: Row) =>
  `  ${r.file.padEnd(40)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} brotli`;

const total = (file: string, rows: Row[]): Row => ({
  file,
  raw: rows.reduce((sum, r) => sum + r.raw, 0),
  gzip: rows.reduce((sum, r) => sum + r.gzip, 0),
  brotli: rows.reduce((sum, r) => sum + r.brotli, 0),
});

export function weighInitialLoad(dist: string): void {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const assets = [
    ...new Set(
      [...html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ''),
    ),
  ];
  const code = assets.map((file) => weigh(dist, file));
  const page = weigh(dist, 'index.html');
  const jsCss = total('JS + CSS', code);
  console.log('Initial load (index.html and the static imports from the entry, gzip -9):');
  for (const r of [page, ...code]) console.log(line(r));
  console.log(line(jsCss));
  console.log(line(total('with index.html', [page, ...code])));
  console.log(
    `  JS + CSS ${kb(jsCss.gzip)} gzip: ${goal(jsCss.gzip <= 110 * 1024, '≤ 110 KB')}; ${goal(jsCss.gzip <= 90 * 1024, 'stretch ≤ 90 KB')}`,
  );
}

import { expect, test } from 'vitest';
import { scriptsAfterFirstPaint } from '../../../scripts/vite/scriptsAfterFirstPaint';

/** The head as Vite writes it: the entry script and its preloads before the stylesheet. */
const built = `<!doctype html>
<html lang="fr">
  <head>
    <title>Boussole CHATONS</title>
    <script type="module" crossorigin src="/sub/assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/sub/assets/shared-b2.js">
    <link rel="stylesheet" crossorigin href="/sub/assets/index-c3.css">
  <link rel="manifest" href="/sub/manifest.webmanifest"></head>
  <body>
    <div id="root"><main><h1>Bienvenue</h1></main></div>
  </body>
</html>`;

/** The tags of the head, in document order, without their attributes' values. */
const headTags = (html: string) =>
  [...(html.split('</head>')[0] ?? '').matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);

test('the stylesheet is asked for first; the script and its preloads follow, at low priority', () => {
  expect(headTags(scriptsAfterFirstPaint(built))).toEqual([
    '<link rel="stylesheet" crossorigin href="/sub/assets/index-c3.css">',
    '<script fetchpriority="low" type="module" crossorigin src="/sub/assets/index-a1.js">',
    '<link fetchpriority="low" rel="modulepreload" crossorigin href="/sub/assets/shared-b2.js">',
    '<link rel="manifest" href="/sub/manifest.webmanifest">',
  ]);
});

test('the body, the title and every other tag stay exactly as they were', () => {
  const result = scriptsAfterFirstPaint(built);
  expect(result.split('</head>')[1]).toBe(built.split('</head>')[1]);
  expect(result).toContain('<title>Boussole CHATONS</title>');
  expect(result.match(/<script\b/g)).toHaveLength(1);
  expect(result.match(/<link\b/g)).toHaveLength(3);
});

test('a priority already written on a tag is kept', () => {
  const html = built.replace('<script type="module"', '<script fetchpriority="high" type="module"');
  const result = scriptsAfterFirstPaint(html);
  expect(result).toContain('<script fetchpriority="high" type="module"');
  expect(result).not.toContain('fetchpriority="low" fetchpriority');
});

test('without a stylesheet, the scripts only get the low priority', () => {
  const html = built.replace(/\s*<link rel="stylesheet"[^>]*>/, '');
  expect(headTags(scriptsAfterFirstPaint(html))).toEqual([
    '<link rel="manifest" href="/sub/manifest.webmanifest">',
    '<script fetchpriority="low" type="module" crossorigin src="/sub/assets/index-a1.js">',
    '<link fetchpriority="low" rel="modulepreload" crossorigin href="/sub/assets/shared-b2.js">',
  ]);
});

test('a page without module scripts is left as it is', () => {
  const html = built
    .replace(/\s*<script type="module"[^>]*><\/script>/, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/, '');
  expect(scriptsAfterFirstPaint(html)).toBe(html);
});

test('an index.html without a head is refused, not silently left blocking', () => {
  expect(() => scriptsAfterFirstPaint('<html><body></body></html>')).toThrow('</head>');
});

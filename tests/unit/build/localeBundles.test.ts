import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { localeBundles } from '../../../scripts/vite/localeBundles';
import { fixturesDir } from '../../content/fixtures';

const locales = path.join(fixturesDir, 'content-valid', 'locales');

/** Builds a tiny app that reads the texts, in the given mode; returns its chunks. */
async function buildIn(mode: string, resultNamespaces?: string[]): Promise<Rolldown.OutputChunk[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'boussole-locales-'));
  writeFileSync(
    path.join(root, 'main.js'),
    "import { bundled, later, resultTexts } from 'virtual:boussole/locales';\nconsole.log(bundled, later, resultTexts);\n",
  );
  const output = (await build({
    root,
    mode,
    configFile: false,
    logLevel: 'silent',
    plugins: [localeBundles({ dir: locales, ...(resultNamespaces ? { resultNamespaces } : {}) })],
    build: { write: false, lib: { entry: 'main.js', formats: ['es'], fileName: 'main' } },
  })) as Rolldown.RolldownOutput[];
  return output
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
}

/** A French sentence of common.json, used before the results (fixture). */
const frenchFirst = 'Question {{current}} sur {{total}}';
/** A French sentence of criteria.json, which only the results screens show (fixture). */
const frenchResults = 'Un hébergeur proche peut vous aider en personne.';
const english = 'Fewer accounts to create, fewer passwords.';

test('French is in the first download but for the results screens’ texts; English is a chunk of its own', async () => {
  const chunks = await buildIn('production');
  const entry = chunks.find((c) => c.isEntry);
  const others = chunks.filter((c) => !c.isEntry);
  expect(entry?.code).toContain(frenchFirst);
  expect(entry?.code).not.toContain(frenchResults);
  expect(entry?.code).not.toContain(english);
  expect(others).toHaveLength(2);
  const englishChunk = others.find((c) => c.code.includes(english));
  const frenchResultsChunk = others.find((c) => c.code.includes(frenchResults));
  expect(englishChunk).toBeDefined();
  expect(frenchResultsChunk).toBeDefined();
  expect(englishChunk?.code).not.toContain(frenchFirst);
  expect(englishChunk?.code).not.toContain(frenchResults);
  expect(frenchResultsChunk).not.toBe(englishChunk);
  expect(frenchResultsChunk?.code).not.toContain(frenchFirst);
});

test('the namespaces left for the results screens can be named', async () => {
  const chunks = await buildIn('production', ['common']);
  const entry = chunks.find((c) => c.isEntry);
  expect(entry?.code).toContain(frenchResults);
  expect(entry?.code).not.toContain(frenchFirst);
  expect(chunks.some((c) => !c.isEntry && c.code.includes(frenchFirst))).toBe(true);
});

test('in tests every language is there at once, so any language renders straight away', async () => {
  const chunks = await buildIn('test');
  expect(chunks).toHaveLength(1);
  expect(chunks[0]?.code).toContain(frenchFirst);
  expect(chunks[0]?.code).toContain(frenchResults);
  expect(chunks[0]?.code).toContain(english);
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { localeBundles } from '../../../scripts/vite/localeBundles';
import { fixturesDir } from '../../content/fixtures';

const locales = path.join(fixturesDir, 'content-valid', 'locales');

/** Builds a tiny app that reads the texts, in the given mode; returns its chunks. */
async function buildIn(mode: string): Promise<Rolldown.OutputChunk[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'boussole-locales-'));
  writeFileSync(
    path.join(root, 'main.js'),
    "import { bundled, later } from 'virtual:boussole/locales';\nconsole.log(bundled, later);\n",
  );
  const output = (await build({
    root,
    mode,
    configFile: false,
    logLevel: 'silent',
    plugins: [localeBundles({ dir: locales })],
    build: { write: false, lib: { entry: 'main.js', formats: ['es'], fileName: 'main' } },
  })) as Rolldown.RolldownOutput[];
  return output
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
}

test('French is in the first download; English is a chunk of its own, fetched on demand', async () => {
  const chunks = await buildIn('production');
  const entry = chunks.find((c) => c.isEntry);
  const others = chunks.filter((c) => !c.isEntry);
  expect(entry?.code).toContain('Un hébergeur');
  expect(entry?.code).not.toContain('One hoster');
  expect(others).toHaveLength(1);
  expect(others[0]?.code).toContain('One hoster');
  expect(others[0]?.code).not.toContain('Un hébergeur');
});

test('in tests every language is there at once, so any language renders straight away', async () => {
  const chunks = await buildIn('test');
  expect(chunks).toHaveLength(1);
  expect(chunks[0]?.code).toContain('Un hébergeur');
  expect(chunks[0]?.code).toContain('One hoster');
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import { validatedContent } from '../../../scripts/vite/validatedContent';
import { writeFixtureDir } from '../../content/fixtures';

const everything = [
  "import { content, errors } from 'virtual:boussole/content';",
  "import { hosters } from 'virtual:boussole/hosters';",
  'console.log(content, errors, hosters);',
].join('\n');

/** Builds a small app (`main`, its source) that imports the checked content from `dir`. */
async function buildWith(dir: string, main = everything): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'boussole-build-'));
  writeFileSync(path.join(root, 'main.js'), main);
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [validatedContent({ dir })],
    build: { write: false, lib: { entry: 'main.js', formats: ['es'], fileName: 'main' } },
  })) as Rolldown.RolldownOutput[];
  return output
    .flatMap((o) => o.output)
    .map((chunk) => ('code' in chunk ? chunk.code : ''))
    .join('\n');
}

describe('the build checks content with the rules of the content check', () => {
  test('valid content is built into the app, already checked', async () => {
    const code = await buildWith(writeFixtureDir());
    expect(code).toContain('alpha');
    // The schemas are not shipped: the data arrives as plain JSON.
    expect(code).not.toContain('zod');
  });

  test('the hosters come apart from what the questions need', async () => {
    const first = "import { content } from 'virtual:boussole/content';\nconsole.log(content);\n";
    const code = await buildWith(writeFixtureDir(), first);
    expect(code).toContain('Ille-et-Vilaine');
    expect(code).not.toContain('alpha');
  });

  test('a field with a wrong value stops the build and names the file and the field', async () => {
    await expect(buildWith(writeFixtureDir('wrong-enum'))).rejects.toThrow(
      /hosters\/alpha\.json → offers\[1\]\.service: /,
    );
  });

  test('a file that is not JSON stops the build and says where', async () => {
    await expect(buildWith(writeFixtureDir('invalid-json'))).rejects.toThrow(
      /hosters\/alpha\.json: invalid JSON at line \d+, column \d+/,
    );
  });

  test('a missing content folder stops the build', async () => {
    await expect(buildWith(path.join(tmpdir(), 'no-such-content-folder'))).rejects.toThrow(
      /no such folder/,
    );
  });
});

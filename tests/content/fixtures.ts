/**
 * Content fixtures: a small valid set (tests/fixtures/content-valid) and one
 * folder per broken rule (tests/fixtures/content-broken/<rule>) laid over it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');
const validDir = path.join(fixturesDir, 'content-valid');
const brokenDir = path.join(fixturesDir, 'content-broken');

/** Relative paths (with /) of every file under dir. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

/** Relative path → text: the valid set, then each rule's files over it. */
export function fixtureTexts(...rules: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const rel of listFiles(validDir))
    texts.set(rel, readFileSync(path.join(validDir, rel), 'utf8'));
  for (const rule of rules) {
    const dir = path.join(brokenDir, rule);
    // ".broken" keeps Prettier away from files that are not valid JSON on purpose.
    for (const rel of listFiles(dir)) {
      texts.set(rel.replace(/\.broken$/, ''), readFileSync(path.join(dir, rel), 'utf8'));
    }
  }
  return texts;
}

/** The files as validateContent receives them: "content/<path>" → parsed JSON. */
export function fixtureContent(...rules: string[]): Record<string, unknown> {
  return Object.fromEntries(
    [...fixtureTexts(...rules)].map(([rel, text]) => [`content/${rel}`, JSON.parse(text)]),
  );
}

/** Writes the fixture set to a fresh temporary folder, for the CLI. */
export function writeFixtureDir(...rules: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'boussole-content-'));
  for (const [rel, text] of fixtureTexts(...rules)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Every JSON file under a content folder, keyed like validateContent expects. */
export function readContentDir(dir: string): Record<string, unknown> {
  return Object.fromEntries(
    listFiles(dir)
      .filter((rel) => rel.endsWith('.json'))
      .map((rel) => [`content/${rel}`, JSON.parse(readFileSync(path.join(dir, rel), 'utf8'))]),
  );
}

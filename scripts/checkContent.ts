/**
 * npm run content:check [content-dir]
 *
 * Reads every JSON file under content/ (or the given folder), checks it with
 * the same rules the app applies when it loads (src/content/validate.ts) and
 * prints one "file → field: problem" line per error. Exits 1 on any error.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatError, isKnownContentPath, validateContent } from '../src/content/validate';
import { readContentFiles } from './contentFiles';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'content'));

/** Validation speaks of "content/…" paths; show the real file instead. */
const shown = (key: string): string =>
  path.relative(process.cwd(), path.join(dir, key.slice('content/'.length))) || key;

if (!existsSync(dir)) {
  console.error(`${dir}: no such folder`);
  process.exit(1);
}

const { files, keys: jsonFiles, unreadable, readErrors } = readContentFiles(dir);

const { content, errors } = validateContent(files, { unreadable });
const all = [...readErrors, ...errors];
for (const error of all) console.error(formatError({ ...error, file: shown(error.file) }));
for (const key of jsonFiles.filter((k) => !isKnownContentPath(k))) {
  console.log(`note: ${shown(key)} is not checked by any rule`);
}
const hosters = content?.hosters.length ?? 0;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `${plural(jsonFiles.length, 'file')}, ${plural(hosters, 'hoster')}, ${plural(all.length, 'error')}`,
);
if (all.length > 0) process.exitCode = 1;

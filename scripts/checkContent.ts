/**
 * npm run content:check [content-dir]
 *
 * Reads every JSON file under content/ (or the given folder), checks it with
 * the same rules the app applies when it loads (src/content/validate.ts) and
 * prints one "file → field: problem" line per error. Exits 1 on any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  formatError,
  isKnownContentPath,
  validateContent,
  type ContentError,
} from '../src/content/validate';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'content'));

/** Validation speaks of "content/…" paths; show the real file instead. */
const shown = (key: string): string =>
  path.relative(process.cwd(), path.join(dir, key.slice('content/'.length))) || key;

/** "Unexpected token } in JSON at position 42" → where a person can look. */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message)?.[1];
  if (at === undefined || /line \d+/.test(message)) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(at)).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `invalid JSON at line ${line}, column ${column}: ${message}`;
}

if (!existsSync(dir)) {
  console.error(`${dir}: no such folder`);
  process.exit(1);
}

const files: Record<string, unknown> = {};
const unreadable: string[] = [];
const readErrors: ContentError[] = [];
const jsonFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.json'))
  .map((name) => `content/${name.split(path.sep).join('/')}`)
  .sort();
for (const key of jsonFiles) {
  const text = readFileSync(path.join(dir, key.slice('content/'.length)), 'utf8');
  try {
    files[key] = JSON.parse(text);
  } catch (error) {
    unreadable.push(key);
    readErrors.push({ file: key, field: '', problem: jsonProblem(text, error) });
  }
}

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

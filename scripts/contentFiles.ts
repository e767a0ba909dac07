/**
 * Reads every JSON file of a content folder into the `content/…` path map
 * that src/content/validate.ts checks. Invalid JSON is reported with its
 * line and column, and the file is listed as unreadable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentError } from '../src/content/validate';

export interface ContentFiles {
  files: Record<string, unknown>;
  /** Every JSON file found, as `content/…` keys, sorted. */
  keys: string[];
  unreadable: string[];
  readErrors: ContentError[];
}

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

export function readContentFiles(dir: string): ContentFiles {
  const files: Record<string, unknown> = {};
  const unreadable: string[] = [];
  const readErrors: ContentError[] = [];
  const keys = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => `content/${name.split(path.sep).join('/')}`)
    .sort();
  for (const key of keys) {
    const text = readFileSync(path.join(dir, key.slice('content/'.length)), 'utf8');
    try {
      files[key] = JSON.parse(text);
    } catch (error) {
      unreadable.push(key);
      readErrors.push({ file: key, field: '', problem: jsonProblem(text, error) });
    }
  }
  return { files, keys, unreadable, readErrors };
}

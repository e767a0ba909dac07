/**
 * Reads and checks a content folder, as `npm run content:check` does, with
 * each error naming the real file. Loaded by validatedContent.ts through
 * Vite's module runner, so the Vite config itself never bundles the schemas.
 */
import path from 'node:path';
import { formatError, validateContent, type ValidationResult } from '../../src/content/validate';
import { readContentFiles } from '../contentFiles';

export interface CheckedContent extends ValidationResult {
  /** One "file → field: problem" line per error, as the content check prints them. */
  lines: string[];
}

export function checkContentDir(dir: string): CheckedContent {
  /** Validation speaks of "content/…" paths; show the real file instead. */
  const shown = (key: string): string =>
    path.relative(process.cwd(), path.join(dir, key.slice('content/'.length))) || key;
  const { files, unreadable, readErrors } = readContentFiles(dir);
  const { content, errors } = validateContent(files, { unreadable });
  const located = [...readErrors, ...errors].map((e) => ({ ...e, file: shown(e.file) }));
  return { content, errors: located, lines: located.map(formatError) };
}

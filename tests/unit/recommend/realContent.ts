/** The bundled content (content/), read and validated as `npm run content:check` does. */
import path from 'node:path';
import { validateContent } from '../../../src/content/validate';
import type { RecommendContent } from '../../../src/recommend/prepare';
import { readContentFiles } from '../../../scripts/contentFiles';

let cached: RecommendContent | undefined;

export function loadRealContent(): RecommendContent {
  if (cached) return cached;
  const root = path.resolve(import.meta.dirname, '../../..');
  const { files } = readContentFiles(path.join(root, 'content'));
  const { content } = validateContent(files);
  if (!content) throw new Error('content does not validate: run npm run content:check');
  cached = content;
  return content;
}

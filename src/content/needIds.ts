/**
 * The ids of what people say they need. Answers, share links and saved
 * sessions carry them, so the browser checks them at start-up: this module
 * uses zod/mini (small, tree-shakable) and nothing else, to keep the full
 * content schemas (schema.ts) out of the first download.
 */
import { z } from 'zod/mini';

/** What people say they need, in their words; ids are translation keys too. */
export const needIds = [
  'email',
  'files',
  'calendar',
  'documents',
  'pad',
  'visio',
  'chat',
  'poll',
  'forms',
  'social',
  'video',
  'website',
  'mailinglist',
  'transfer',
  'spreadsheet',
  'images',
  'shortlink',
  'association',
  'events',
  'project',
] as const;
export const NeedId = z.enum(needIds);
export type NeedId = z.infer<typeof NeedId>;

/**
 * The app's content, checked while building (scripts/vite/validatedContent.ts,
 * the same rules as `npm run content:check`): the browser receives data
 * that already passed, and never runs the schemas. A build with a broken
 * file fails; during development the errors come along and are shown.
 *
 * The first download carries what the questions need (needs, places,
 * criteria) and every error found. The hosters come later, with the results
 * screens (src/content/bundledHosters.ts). Locale files are part of the check
 * (fr and en must match) but not of the result: the i18n setup imports them.
 * The communes and places abroad are loaded lazily by the place question
 * (src/places/loadPlaces.ts).
 */
import { content, errors } from 'virtual:boussole/content';
import type { Content, ContentError } from './validate';

/** What the questions need; the hosters are added by the results screens. */
export type StartContent = Omit<Content, 'hosters'> & { hosters?: Content['hosters'] };

export interface StartResult {
  /** Null when needs or places are unusable. */
  content: StartContent | null;
  errors: ContentError[];
}

let cached: StartResult | undefined;

/** Content plus every error found; the caller shows the errors, never hides them. */
export function loadContent(): StartResult {
  // The build checked them against the schemas (the development server still reports errors).
  cached ??= { content: content as StartContent | null, errors: errors as ContentError[] };
  return cached;
}

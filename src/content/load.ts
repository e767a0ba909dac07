/**
 * The app's content, bundled by Vite from content/ and checked with the same
 * rules as `npm run content:check`. Locale files are part of the check (fr
 * and en must match) but not of the result: the i18n setup imports them.
 */
import { validateContent, type ValidationResult } from './validate';

// Eager: content is small and the wizard needs all of it before the first question.
// The software map only serves the importer: it stays out of the app bundle.
const modules = import.meta.glob<unknown>(
  [
    '../../content/**/*.json',
    '!../../content/software-map.json',
    // Communes and places abroad: loaded lazily by the place question (src/places/loadPlaces.ts).
    '!../../content/places/communes.json',
    '!../../content/places/abroad.json',
  ],
  {
    eager: true,
    import: 'default',
  },
);

let cached: ValidationResult | undefined;

/** Content plus every error found; the caller shows the errors, never hides them. */
export function loadContent(): ValidationResult {
  cached ??= validateContent(
    Object.fromEntries(
      Object.entries(modules).map(([key, value]) => [key.replace(/^(\.\.\/)+/, ''), value]),
    ),
  );
  return cached;
}

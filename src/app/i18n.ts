/**
 * i18next set up from the locale files in content/locales. French is the
 * source language; every other locale must mirror its keys (content:check).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';
export const namespaces = [
  'common',
  'wizard',
  'needs',
  'vocab',
  'results',
  'reasons',
  'about',
  'glossary',
  'criteria',
  'charter',
  'nextSteps',
  'print',
  'workshop',
  'offline',
];

const files = import.meta.glob<Record<string, unknown>>('../../content/locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** { fr: { common: {...}, wizard: {...} }, en: {...} } built from the file paths. */
function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, data] of Object.entries(files)) {
    const match = /locales\/([a-z]+)\/([a-zA-Z]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    (out[match[1]] ??= {})[match[2]] = data;
  }
  return out;
}

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** A fresh instance per app (and per test), so tests never share a language. */
export function createI18n(lng: Language = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: [...languages],
    ns: namespaces,
    defaultNS: 'common',
    resources: resources(),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key is a bug: make it loud in tests instead of showing the key.
    saveMissing: import.meta.env.MODE === 'test',
    missingKeyHandler: (lngs, ns, key) => {
      throw new Error(`Missing translation ${ns}:${key} for ${lngs.join(',')}`);
    },
  });
  return instance;
}

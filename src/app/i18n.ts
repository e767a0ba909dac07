/**
 * i18next set up from the locale files in content/locales. French is the
 * source language; every other locale must mirror its keys (content:check).
 *
 * French comes with the first download; another language is fetched when
 * the person switches to it (scripts/vite/localeBundles.ts), through the
 * small backend below. The wizard is untouched by the switch: answers stay.
 */
import i18next, { type BackendModule, type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundled, later } from 'virtual:boussole/locales';

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

/** One fetch per language, shared by all its namespaces; a failed fetch may be tried again. */
const loading = new Map<string, Promise<Record<string, unknown>>>();

function loadLanguage(lng: string): Promise<Record<string, unknown>> {
  const ready = bundled[lng];
  if (ready) return Promise.resolve(ready);
  const load = later[lng];
  if (!load) return Promise.reject(new Error(`no texts for language "${lng}"`));
  let pending = loading.get(lng);
  if (!pending) {
    pending = load().then(
      (module) => module.default,
      (error: unknown) => {
        loading.delete(lng);
        throw error;
      },
    );
    loading.set(lng, pending);
  }
  return pending;
}

/** Hands i18next the namespaces of a language fetched on demand. */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, callback) => {
    loadLanguage(lng).then(
      (texts) => {
        callback(null, texts[ns] ?? {});
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

const inTests = import.meta.env.MODE === 'test';

/** A fresh instance per app (and per test), so tests never share a language. */
export function createI18n(lng: Language = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(lazyLanguages)
    .init({
      lng,
      // Should English fail to arrive (no network and no offline copy), French shows, never a key.
      // Tests keep no fallback: a missing key must fail them.
      fallbackLng: inTests ? false : defaultLanguage,
      supportedLngs: [...languages],
      ns: namespaces,
      defaultNS: 'common',
      resources: bundled as Resource,
      // The bundled languages are complete; the backend is asked only for the others.
      partialBundledLanguages: true,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      // A missing key is a bug: make it loud in tests instead of showing the key.
      saveMissing: inTests,
      missingKeyHandler: (lngs, ns, key) => {
        throw new Error(`Missing translation ${ns}:${key} for ${lngs.join(',')}`);
      },
    });
  return instance;
}

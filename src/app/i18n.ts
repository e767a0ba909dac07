/**
 * i18next set up from the locale files in content/locales. French is the
 * source language; every other locale must mirror its keys (content:check).
 *
 * French comes with the first download, except the texts only the results
 * screens show: those arrive with the screens (loadResultTexts, called by
 * src/app/laterScreens.tsx). Another language is fetched when the person
 * switches to it (scripts/vite/localeBundles.ts), through the small backend
 * below. The wizard is untouched by the switch: answers stay.
 */
import i18next, { type BackendModule, type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundled, later, resultTexts } from 'virtual:boussole/locales';
import { keepMadeTexts } from './keepMadeTexts';

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

type Texts = Record<string, unknown>;
type TextsLoader = () => Promise<{ default: Texts }>;

/** One fetch per chunk, shared by all its namespaces; a failed fetch may be tried again. */
const loading = new Map<TextsLoader, Promise<Texts>>();

function fetchOnce(load: TextsLoader): Promise<Texts> {
  let pending = loading.get(load);
  if (!pending) {
    pending = load().then(
      (module) => module.default,
      (error: unknown) => {
        loading.delete(load);
        throw error;
      },
    );
    loading.set(load, pending);
  }
  return pending;
}

/** The texts of one namespace: bundled, in the language's results part, or in its own chunk. */
function loadNamespace(lng: string, ns: string): Promise<unknown> {
  const ready = bundled[lng];
  if (ready && ns in ready) return Promise.resolve(ready[ns]);
  const results = resultTexts[lng];
  if (ready && results) return fetchOnce(results).then((texts) => texts[ns] ?? {});
  const load = later[lng];
  if (!load) return Promise.reject(new Error(`no texts for language "${lng}"`));
  return fetchOnce(load).then((texts) => texts[ns] ?? {});
}

/** Hands i18next the namespaces of a language fetched on demand. */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, callback) => {
    loadNamespace(lng, ns).then(
      (texts) => {
        callback(null, texts as Texts);
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

/** The first language's namespaces that come with the results screens (none in tests). */
const resultNamespaces = namespaces.filter((ns) => !(ns in (bundled[defaultLanguage] ?? {})));
/** Instances made before those texts arrived: in the app, its one instance. */
const waitingForResultTexts = new Set<i18n>();
let resultTextsHandedOver: Promise<void> | null = null;

/**
 * Fetches the texts only the results screens show, once (again after a
 * failure), and hands them to every instance, in its language and in French,
 * the fallback. Rejects when they cannot arrive: the screens wait for it, so
 * they never show a key.
 */
export function loadResultTexts(): Promise<void> {
  const load = resultTexts[defaultLanguage];
  if (!load) return Promise.resolve();
  resultTextsHandedOver ??= fetchOnce(load).then(
    async () => {
      const instances = [...waitingForResultTexts];
      waitingForResultTexts.clear();
      await Promise.all(instances.map((instance) => instance.loadNamespaces(resultNamespaces)));
    },
    (error: unknown) => {
      resultTextsHandedOver = null;
      throw error;
    },
  );
  return resultTextsHandedOver;
}

/**
 * i18next writes each namespace it receives into the object it was given:
 * each instance gets its own, so one never sees what another fetched.
 */
function ownCopy(texts: Record<string, Record<string, unknown>>): Resource {
  return Object.fromEntries(
    Object.entries(texts).map(([lng, byNamespace]) => [lng, { ...byNamespace }]),
  ) as Resource;
}

/** A fresh instance per app (and per test), so tests never share a language. */
export function createI18n(lng: Language = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  const resultTextsHere = resultTextsHandedOver !== null;
  void instance
    .use(initReactI18next)
    .use(lazyLanguages)
    .init({
      lng,
      // Should English fail to arrive (no network and no offline copy), French shows, never a key.
      // Tests keep no fallback: a missing key must fail them.
      fallbackLng: inTests ? false : defaultLanguage,
      supportedLngs: [...languages],
      // The results screens' namespaces join when their texts come (loadResultTexts).
      ns: resultTextsHere ? namespaces : namespaces.filter((ns) => !resultNamespaces.includes(ns)),
      defaultNS: 'common',
      resources: ownCopy(bundled),
      // The bundled texts come at once; the backend is asked only for the others.
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
  keepMadeTexts(instance);
  if (resultNamespaces.length > 0 && !resultTextsHere) waitingForResultTexts.add(instance);
  return instance;
}

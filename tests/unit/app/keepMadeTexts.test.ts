/**
 * Texts made by a `t` from getFixedT (as useTranslation's) are kept
 * (src/app/keepMadeTexts.ts): the same call gives the same text without
 * asking i18next again, and a change of language or of texts is never hidden.
 */
import i18next, { type i18n } from 'i18next';
import { expect, test, vi } from 'vitest';
import { keepMadeTexts } from '../../../src/app/keepMadeTexts';

function instanceWith(resources: Record<string, Record<string, Record<string, unknown>>>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'fr',
    resources,
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  keepMadeTexts(instance);
  return instance;
}

/** A `t` as useTranslation gets it, without the app's own keys in its type. */
type LooseT = ((key: string, options?: Record<string, unknown>) => unknown) &
  Record<string, unknown>;
const fixedT = (instance: i18n, lng: string | null, ns: string, prefix?: string): LooseT =>
  (instance.getFixedT as unknown as (...args: unknown[]) => LooseT)(lng, ns, prefix);

const texts = {
  fr: {
    common: {
      hello: 'Bonjour',
      named: 'Bonjour {{name}}',
      hosters_one: '{{count}} hébergeur',
      hosters_other: '{{count}} hébergeurs',
      list: { a: 'un', b: 'deux' },
    },
  },
  en: { common: { hello: 'Hello', named: 'Hello {{name}}' } },
};

test('gives what i18next gives, for plain texts, values and plurals', () => {
  const kept = instanceWith(texts);
  const plain = i18next.createInstance();
  void plain.init({
    lng: 'fr',
    resources: texts,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const calls: [string, Record<string, unknown>?][] = [
    ['hello'],
    ['named', { name: 'Ada' }],
    ['named', { name: 'Lin' }],
    ['hosters', { count: 1 }],
    ['hosters', { count: 3 }],
    ['missing.key'],
  ];
  const t = fixedT(kept, 'fr', 'common');
  const reference = fixedT(plain, 'fr', 'common');
  for (const [key, options] of calls) {
    // Twice: the second answer comes from what was kept.
    expect(t(key, options)).toBe(reference(key, options));
    expect(t(key, options)).toBe(reference(key, options));
  }
});

test('asks i18next once for a text used again, and each time for objects', () => {
  const instance = instanceWith(texts);
  const translate = vi.spyOn(instance, 't');
  const t = fixedT(instance, 'fr', 'common');
  for (let time = 0; time < 5; time += 1) t('hello');
  expect(translate).toHaveBeenCalledTimes(1);
  t('named', { name: 'Ada' });
  t('named', { name: 'Ada' });
  t('named', { name: 'Lin' });
  expect(translate).toHaveBeenCalledTimes(3);
  expect(t('list', { returnObjects: true })).toEqual({ a: 'un', b: 'deux' });
  t('list', { returnObjects: true });
  expect(translate).toHaveBeenCalledTimes(5);
});

test('a change of language is never hidden by a kept text', async () => {
  const instance = instanceWith(texts);
  const following = () => fixedT(instance, null, 'common');
  expect(following()('hello')).toBe('Bonjour');
  await instance.changeLanguage('en');
  expect(following()('hello')).toBe('Hello');
  await instance.changeLanguage('fr');
  expect(following()('hello')).toBe('Bonjour');
});

test('texts that arrive later replace what was shown before them', () => {
  const instance = instanceWith(texts);
  const t = fixedT(instance, 'fr', 'results');
  expect(t('title')).toBe('title');
  instance.addResourceBundle('fr', 'results', { title: 'Vos propositions' });
  expect(t('title')).toBe('Vos propositions');
});

test('the function keeps what useTranslation reads from it', () => {
  const instance = instanceWith(texts);
  const t = fixedT(instance, 'en', 'common', 'list');
  expect(t.lng).toBe('en');
  expect(t.ns).toBe('common');
  expect(t.keyPrefix).toBe('list');
});

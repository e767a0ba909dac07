/**
 * The texts only the results screens show arrive after the first download
 * (src/app/i18n.ts, loadResultTexts): fetched once, handed to every i18n
 * instance, in its language, and fetched again after a failure. The built
 * app splits them this way; here a stand-in for the texts module does.
 */
import type { i18n } from 'i18next';
import { beforeEach, expect, test, vi } from 'vitest';

const texts = vi.hoisted(() => {
  const later = ['results', 'reasons', 'criteria', 'charter', 'nextSteps', 'print'];
  const first = ['common', 'wizard', 'needs', 'vocab', 'about', 'glossary', 'workshop', 'offline'];
  const state = { frenchFetches: 0, englishFetches: 0, failures: 0 };
  return {
    state,
    bundled: { fr: Object.fromEntries(first.map((ns) => [ns, { title: `fr ${ns}` }])) },
    frenchResults: () => {
      state.frenchFetches += 1;
      if (state.failures > 0) {
        state.failures -= 1;
        return Promise.reject(new Error('offline'));
      }
      return Promise.resolve({
        default: Object.fromEntries(later.map((ns) => [ns, { title: `fr ${ns}` }])),
      });
    },
    english: () => {
      state.englishFetches += 1;
      return Promise.resolve({
        default: Object.fromEntries([...first, ...later].map((ns) => [ns, { title: `en ${ns}` }])),
      });
    },
  };
});

vi.mock('virtual:boussole/locales', () => ({
  bundled: texts.bundled,
  later: { en: texts.english },
  resultTexts: { fr: texts.frenchResults },
}));

type I18nModule = typeof import('../../../src/app/i18n');
let app: I18nModule;

beforeEach(async () => {
  Object.assign(texts.state, { frenchFetches: 0, englishFetches: 0, failures: 0 });
  // Each test starts with nothing fetched yet, as a fresh page does.
  vi.resetModules();
  app = await import('../../../src/app/i18n');
});

const title = (instance: i18n, lng: string, ns: string): unknown =>
  instance.getResource(lng, ns, 'title');

test('a new instance has the first texts and fetches nothing for the results', async () => {
  const instance = app.createI18n('fr');
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(title(instance, 'fr', 'wizard')).toBe('fr wizard');
  expect(instance.hasResourceBundle('fr', 'results')).toBe(false);
  expect(texts.state.frenchFetches).toBe(0);
});

test('the results texts are fetched once and reach every instance', async () => {
  const first = app.createI18n('fr');
  const second = app.createI18n('fr');
  await app.loadResultTexts();
  await app.loadResultTexts();
  expect(texts.state.frenchFetches).toBe(1);
  for (const instance of [first, second]) {
    expect(title(instance, 'fr', 'results')).toBe('fr results');
    expect(title(instance, 'fr', 'nextSteps')).toBe('fr nextSteps');
  }
});

test('an instance in English receives them in English', async () => {
  const instance = app.createI18n('en');
  await app.loadResultTexts();
  expect(title(instance, 'en', 'results')).toBe('en results');
  expect(title(instance, 'en', 'reasons')).toBe('en reasons');
});

test('switching to English after the results brings their English texts', async () => {
  const instance = app.createI18n('fr');
  await app.loadResultTexts();
  expect(texts.state.englishFetches).toBe(0);
  await instance.changeLanguage('en');
  expect(title(instance, 'en', 'results')).toBe('en results');
  expect(title(instance, 'en', 'common')).toBe('en common');
  expect(texts.state.englishFetches).toBe(1);
});

test('a failed fetch is reported, and the next try fetches again', async () => {
  texts.state.failures = 1;
  const instance = app.createI18n('fr');
  await expect(app.loadResultTexts()).rejects.toThrow('offline');
  expect(instance.hasResourceBundle('fr', 'results')).toBe(false);
  await app.loadResultTexts();
  expect(texts.state.frenchFetches).toBe(2);
  expect(title(instance, 'fr', 'results')).toBe('fr results');
});

test('an instance made after the texts came gets them without a new fetch', async () => {
  app.createI18n('fr');
  await app.loadResultTexts();
  const later = app.createI18n('fr');
  await vi.waitFor(() => {
    expect(title(later, 'fr', 'results')).toBe('fr results');
  });
  expect(texts.state.frenchFetches).toBe(1);
});

import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import en from '../../../content/locales/en/results.json';
import fr from '../../../content/locales/fr/results.json';
import { formatDate } from '../../../src/components/formatDate';

const inLanguage = async (lng: 'fr' | 'en') => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { fr: { results: fr }, en: { results: en } },
    interpolation: { escapeValue: false },
  });
  return i18n;
};

describe('dates', () => {
  test('read in the reader’s language, with the first of the month as French writes it', async () => {
    const french = await inLanguage('fr');
    expect(formatDate('2026-11-26', french)).toBe('26 novembre 2026');
    expect(formatDate('2025-01-01', french)).toBe('1er janvier 2025');
    expect(formatDate('2024-08-09', french)).toBe('9 août 2024');
    const english = await inLanguage('en');
    expect(formatDate('2026-11-26', english)).toBe('26 November 2026');
    expect(formatDate('2025-01-01', english)).toBe('1 January 2025');
  });

  test('a date that does not read stays as written, rather than a wrong date', async () => {
    const french = await inLanguage('fr');
    for (const written of ['2026-13-01', '2026-00-10', '26/11/2026', '', '2026-1-5']) {
      expect(formatDate(written, french)).toBe(written);
    }
  });
});

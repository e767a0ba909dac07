import { expect, test } from 'vitest';
import { formatDate } from '../../../src/components/formatDate';

test('a date reads in the language asked for, each time, whatever came before', () => {
  expect(formatDate('2026-11-26', 'fr')).toBe('26 novembre 2026');
  expect(formatDate('2026-11-26', 'en')).toBe('November 26, 2026');
  expect(formatDate('2025-01-01', 'fr')).toBe('1 janvier 2025');
  expect(formatDate('2024-02-29', 'en')).toBe('February 29, 2024');
});

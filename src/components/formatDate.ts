import type { i18n as I18n } from 'i18next';

/**
 * "26 novembre 2026", "1er janvier 2025" from an ISO date, in the reader's
 * language, with the month names of the results texts. Not the browser's
 * date formatting: its first use takes about 150 ms on an old phone, on
 * the way to the results (issue 7). A date that does not read stays as written.
 */
export function formatDate(isoDate: string, i18n: Pick<I18n, 't'>): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  // Keyed by the ISO month ("01" to "12"): any other two digits find no name.
  const months: Partial<Record<string, string>> = i18n.t('results:date.months', {
    returnObjects: true,
  });
  const month = match ? months[match[2] ?? ''] : undefined;
  if (!match || !month) return isoDate;
  const day = Number(match[3]);
  return i18n.t('results:date.format', {
    day,
    month,
    year: match[1],
    context: day === 1 ? 'first' : undefined,
  });
}

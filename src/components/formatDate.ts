/**
 * "26 novembre 2026" from "2026-11-26", in the reader's language. Noon, so
 * that no time zone can move the day.
 */
export function formatDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(
    new Date(`${isoDate}T12:00:00`),
  );
}

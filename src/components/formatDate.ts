/** One formatter per language: making one is slow on an old phone, using it is not. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * "26 novembre 2026" from "2026-11-26", in the reader's language. Noon, so
 * that no time zone can move the day.
 */
export function formatDate(isoDate: string, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    formats.set(language, format);
  }
  return format.format(new Date(`${isoDate}T12:00:00`));
}

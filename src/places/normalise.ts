/**
 * How place names are compared: no accents or case; hyphens, dashes, apostrophes,
 * dots and spaces alike; "St"/"Ste" read as "Saint"/"Sainte". So "st etienne"
 * finds "Saint-Étienne" and "bouches du rhone" "Bouches-du-Rhône". Written for
 * speed (regular expressions, no splitting): it runs on 35,000 names when the
 * communes load.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[-–—'’.\s]+/g, ' ')
    .trim()
    .replace(/(^| )st(e?)(?= |$)/g, (_, space: string, e: string) => `${space}saint${e}`);
}

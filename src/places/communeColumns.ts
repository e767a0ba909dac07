/**
 * How content/places/communes.json stores the communes: for each
 * département, five strings with one item per commune, in INSEE code order.
 * This layout gzips to about 40 % less than one row per commune (issue 7:
 * it is the biggest download of the app). scripts/places/write.ts writes
 * it; this reads it, for the content check (placesSchema.ts) and the app
 * (placeData.ts).
 *
 * - codes: `,`-separated; each item is the commune's number (its code after
 *   the département) minus the previous one's, the first one the number
 *   itself; an empty item means 1.
 * - names: `|`-separated; an item may start with a number n (2 or more): the
 *   name begins with the previous name's first n characters ("Saint-Aubin",
 *   then "12des-Landes" for "Saint-Aubin-des-Landes").
 * - postcodes: `,`-separated; each item is `' '`-separated postcodes, a
 *   three-digit one after the département's two digits (20 in Corsica).
 * - coordinates: "LAT LON;" (hundredths of a degree: the département's
 *   reference) then `,`-separated items. Communes that share a first
 *   postcode often share a point: an empty item is the first point met for
 *   that postcode, "~n" the n-th other one, and "a b" a point in hundredths
 *   from that first point (from the reference when the postcode is new).
 * - sizes: one digit per commune (the digits of its population).
 */

/** The keys of the five columns, in the order the file lists them. */
export const communeColumnKeys = ['codes', 'names', 'postcodes', 'coordinates', 'sizes'] as const;
export type CommuneColumnKey = (typeof communeColumnKeys)[number];

/** One département's five strings. */
export type DepartementColumns = Record<CommuneColumnKey, string>;

/** One commune as the file gives it (points in degrees, on the 0.01° grid). */
export interface CommuneFacts {
  code: string;
  name: string;
  postcodes: string[];
  lat: number;
  lon: number;
  size: number;
}

/** What is wrong, and where: `commune` is null when the whole département is unreadable. */
export interface ColumnProblem {
  column: CommuneColumnKey;
  commune: string | null;
  problem: string;
}

export interface DecodedDepartement {
  /** The readable communes: a malformed one is left out, the others kept. */
  communes: CommuneFacts[];
  problems: ColumnProblem[];
}

export const separators = { codes: ',', names: '|', postcodes: ',', coordinates: ',' } as const;

/** The two digits a département's postcodes start with: 20 in Corsica (2A, 2B), 97 overseas. */
export const postcodePrefix = (departement: string): string =>
  departement === '2A' || departement === '2B' ? '20' : departement.slice(0, 2);

/** How many digits a commune's number has after its département: 3, or 2 overseas (974 11). */
export const numberWidth = (departement: string): number => 5 - departement.length;

/** "-12" → -12; NaN unless the text is an optional minus and 1 to 7 digits. */
function toInteger(text: string): number {
  const negative = text.charCodeAt(0) === 45; // "-"
  const start = negative ? 1 : 0;
  if (text.length === start || text.length - start > 7) return NaN;
  let value = 0;
  for (let i = start; i < text.length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** A postcode item: three digits (after the département's two) or five. */
const isPostcodeItem = (item: string): boolean =>
  (item.length === 3 || item.length === 5) && toInteger(item) >= 0 && item.charCodeAt(0) !== 45;

/** The département's codes, or what is wrong with the column. */
function codesOf(departement: string, text: string): string[] | string {
  const width = numberWidth(departement);
  const codes: string[] = [];
  let number = 0;
  for (const item of text.split(separators.codes)) {
    const step = item === '' ? 1 : toInteger(item);
    // Each code once and in order: every step is 1 or more, but 000 may come first.
    if (!(step >= (codes.length === 0 ? 0 : 1))) return `"${item}" is not a step of 1 or more`;
    number += step;
    if (number >= 10 ** width) return `commune number ${number} has more than ${width} digits`;
    codes.push(departement + String(number).padStart(width, '0'));
  }
  return codes;
}

/** One département's columns split into one item per commune. */
interface Items {
  codes: string[];
  names: string[];
  postcodes: string[];
  points: string[];
  sizes: string;
  /** The reference point, in hundredths. */
  refLat: number;
  refLon: number;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The items, or what keeps the whole département from being read (columns that do not line up). */
function itemsOf(departement: string, columns: DepartementColumns): Items | ColumnProblem {
  const whole = (column: CommuneColumnKey, problem: string): ColumnProblem => ({
    column,
    commune: null,
    problem,
  });
  const codes = codesOf(departement, columns.codes);
  if (typeof codes === 'string') return whole('codes', codes);
  const communes = plural(codes.length, 'commune');
  const names = columns.names.split(separators.names);
  if (names.length !== codes.length) {
    return whole('names', `${plural(names.length, 'name')} for ${communes}`);
  }
  const postcodes = columns.postcodes.split(separators.postcodes);
  if (postcodes.length !== codes.length) {
    return whole('postcodes', `${plural(postcodes.length, 'postcode list')} for ${communes}`);
  }
  const head = columns.coordinates.indexOf(';');
  const reference = columns.coordinates.slice(0, head).split(' ').map(toInteger);
  const [refLat = NaN, refLon = NaN] = reference;
  if (head < 0 || reference.length !== 2 || Number.isNaN(refLat) || Number.isNaN(refLon)) {
    return whole('coordinates', 'it must start with the reference point, "LAT LON;"');
  }
  const points = columns.coordinates.slice(head + 1).split(separators.coordinates);
  if (points.length !== codes.length) {
    return whole('coordinates', `${plural(points.length, 'point')} for ${communes}`);
  }
  const sizes = columns.sizes;
  if (sizes.length !== codes.length) {
    return whole('sizes', `${plural(sizes.length, 'size')} for ${communes}`);
  }
  return { codes, names, postcodes, points, sizes, refLat, refLon };
}

/** Reads one département; `departement` is its code ("01", "2A", "974"). */
export function decodeDepartement(
  departement: string,
  columns: DepartementColumns,
): DecodedDepartement {
  const items = itemsOf(departement, columns);
  if (!('codes' in items)) return { communes: [], problems: [items] };
  const { codes, names, postcodes, points, sizes, refLat, refLon } = items;
  const prefix = postcodePrefix(departement);
  /** The distinct points met so far, by first postcode, in the order met. */
  const seen = new Map<string, [number, number][]>();
  const communes: CommuneFacts[] = [];
  const problems: ColumnProblem[] = [];
  let previousName = '';
  // Plain loops, no closures or regular expressions per commune: this runs 35,000 times on a phone.
  for (let index = 0; index < codes.length; index += 1) {
    const code = codes[index] ?? '';
    const nameItem = names[index] ?? '';
    const name = nameOf(nameItem, previousName);
    const nameProblem =
      name === null
        ? `cannot take ${leadingNumber(nameItem)} characters from the previous name "${previousName}"`
        : name.trim() === ''
          ? 'empty name'
          : null;
    previousName = name ?? '';
    if (nameProblem !== null || name === null) {
      problems.push({ column: 'names', commune: code, problem: nameProblem ?? 'unreadable' });
      continue;
    }

    const list = postcodes[index] ?? '';
    const own: string[] = list === '' ? [] : list.split(' ');
    let wrong: string | undefined;
    for (const item of own) if (!isPostcodeItem(item)) wrong = item;
    if (wrong !== undefined) {
      const problem = `"${wrong}" is not 3 or 5 digits`;
      problems.push({ column: 'postcodes', commune: code, problem });
      continue;
    }
    for (let i = 0; i < own.length; i += 1) {
      if (own[i]?.length === 3) own[i] = prefix + (own[i] ?? '');
    }

    const first = own[0];
    const met = first === undefined ? undefined : seen.get(first);
    const point = pointOf(points[index] ?? '', met, refLat, refLon);
    if (typeof point === 'string') {
      problems.push({ column: 'coordinates', commune: code, problem: point });
      continue;
    }

    const size = sizes.charCodeAt(index) - 48;
    if (!(size >= 0 && size <= 9)) {
      const problem = `"${sizes.charAt(index)}" is not a digit`;
      problems.push({ column: 'sizes', commune: code, problem });
      continue;
    }

    // Only a readable commune's point may serve the next ones, as when it was written.
    if (first !== undefined) {
      if (!met) seen.set(first, [point]);
      else if (!met.some(([a, b]) => a === point[0] && b === point[1])) met.push(point);
    }
    const lat = toDegrees(point[0]);
    const lon = toDegrees(point[1]);
    communes.push({ code, name, postcodes: own, lat, lon, size });
  }
  return { communes, problems };
}

/** The number an item starts with ("12des-Landes" → 12), or -1 when it starts with no digit. */
function leadingNumber(item: string): number {
  let n = -1;
  for (let i = 0; i < item.length; i += 1) {
    const digit = item.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    n = (n < 0 ? 0 : n * 10) + digit;
  }
  return n;
}

/** A name from its item and the previous name, or null when it asks for more than there is. */
function nameOf(item: string, previousName: string): string | null {
  const keep = leadingNumber(item);
  if (keep < 0) return item;
  const digits = String(keep); // "05" is not how a count is written
  if (keep < 2 || keep > previousName.length || !item.startsWith(digits)) return null;
  return previousName.slice(0, keep) + item.slice(digits.length);
}

/** Hundredths to degrees, exactly as the 0.01° grid writes them (4614 → 46.14, never -0). */
const toDegrees = (hundredths: number): number => (hundredths === 0 ? 0 : hundredths / 100);

/** A point in hundredths, or what is wrong with its item. */
function pointOf(
  item: string,
  met: readonly [number, number][] | undefined,
  refLat: number,
  refLon: number,
): [number, number] | string {
  if (item === '' || item.startsWith('~')) {
    const nth = item === '' ? 0 : toInteger(item.slice(1));
    const point = met?.[nth];
    return point ?? `"${item}" names no point met before with this postcode`;
  }
  const from = met?.[0];
  const space = item.indexOf(' ');
  const lat = (from ? from[0] : refLat) + toInteger(item.slice(0, space));
  const lon = (from ? from[1] : refLon) + toInteger(item.slice(space + 1));
  if (space < 0 || Number.isNaN(lat) || Number.isNaN(lon)) {
    return `"${item}" is not two whole numbers`;
  }
  if (Math.abs(lat) > 9000 || Math.abs(lon) > 18000) {
    return `${toDegrees(lat)}, ${toDegrees(lon)} is off the globe`;
  }
  return [lat, lon];
}

/**
 * How the place files are written, so that nothing varies from one run to
 * the next and a data update shows as a readable diff:
 * - communes.json: the compact columns of src/places/communeColumns.ts, one
 *   département per line in each column;
 * - abroad.json: one area or town per line.
 */
import {
  communeColumnKeys,
  numberWidth,
  postcodePrefix,
  separators,
  type DepartementColumns,
} from '../../src/places/communeColumns';
import {
  departementOfCommuneCode,
  type AbroadFile,
  type CompactCommuneFile,
  type CommuneRow,
} from '../../src/places/placesSchema';

const rowsText = (rows: readonly unknown[]): string =>
  rows.length === 0 ? '[]' : `[\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;

/** The header fields, then `key` as one row per line. */
function text(file: Record<string, unknown>, key: string): string {
  const head = Object.entries(file)
    .filter(([name]) => name !== key)
    .map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  const rows = file[key];
  if (!Array.isArray(rows)) throw new Error(`${key}: expected rows`);
  return `{\n${[...head, `  ${JSON.stringify(key)}: ${rowsText(rows)}`].join(',\n')}\n}\n`;
}

const hundredths = (degrees: number): number => Math.round(degrees * 100);

/** The number of characters two names start with (digits after them would read as a count). */
function sharedStart(previous: string, name: string): number {
  let n = 0;
  while (n < name.length && n < previous.length && name[n] === previous[n]) n += 1;
  while (n > 0 && /\d/.test(name.charAt(n))) n -= 1;
  return n >= 2 ? n : 0;
}

/** One département's communes (in code order) as its five strings. */
export function encodeDepartement(
  departement: string,
  rows: readonly CommuneRow[],
): DepartementColumns {
  const problem = (row: CommuneRow, what: string): Error =>
    new Error(`commune ${row[0]} (${row[1]}): ${what}`);
  const width = numberWidth(departement);
  const prefix = postcodePrefix(departement);
  const refLat = Math.round(rows.reduce((sum, r) => sum + hundredths(r[3]), 0) / rows.length);
  const refLon = Math.round(rows.reduce((sum, r) => sum + hundredths(r[4]), 0) / rows.length);
  const seen = new Map<string, [number, number][]>();
  const codes: string[] = [];
  const names: string[] = [];
  const postcodes: string[] = [];
  const points: string[] = [];
  let previousNumber = -1;
  let previousName = '';
  for (const row of rows) {
    const [code, name, own, lat, lon, size] = row;
    const number = Number(code.slice(departement.length));
    if (
      departementOfCommuneCode(code) !== departement ||
      code.length !== departement.length + width
    ) {
      throw problem(row, `not a code of département ${departement}`);
    }
    if (!(number > previousNumber)) throw problem(row, 'codes must go up, each once');
    // The first item is the number itself (see communeColumns.ts).
    const step = number - Math.max(previousNumber, 0);
    codes.push(step === 1 ? '' : String(step));
    previousNumber = number;

    if (/^\d/.test(name) || name.includes(separators.names)) {
      throw problem(row, `a name cannot start with a digit or hold "${separators.names}"`);
    }
    const keep = sharedStart(previousName, name);
    names.push((keep > 0 ? String(keep) : '') + name.slice(keep));
    previousName = name;

    postcodes.push(own.map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p)).join(' '));

    const point: [number, number] = [hundredths(lat), hundredths(lon)];
    const met = own[0] === undefined ? undefined : seen.get(own[0]);
    const index = met ? met.findIndex(([a, b]) => a === point[0] && b === point[1]) : -1;
    if (met && index === 0) points.push('');
    else if (met && index > 0) points.push(`~${index}`);
    else {
      const [fromLat, fromLon] = met?.[0] ?? [refLat, refLon];
      points.push(`${point[0] - fromLat} ${point[1] - fromLon}`);
      if (met) met.push(point);
      else if (own[0] !== undefined) seen.set(own[0], [point]);
    }
    if (!Number.isInteger(size) || size < 0 || size > 9) throw problem(row, `size ${size}`);
  }
  return {
    codes: codes.join(separators.codes),
    names: names.join(separators.names),
    postcodes: postcodes.join(separators.postcodes),
    coordinates: `${refLat} ${refLon};${points.join(separators.coordinates)}`,
    sizes: rows.map((r) => r[5]).join(''),
  };
}

/** Rows in INSEE code order → the file's département list and five columns. */
export function encodeCommunes(rows: readonly CommuneRow[]) {
  const groups = new Map<string, CommuneRow[]>();
  for (const row of rows) {
    const departement = departementOfCommuneCode(row[0]);
    const group = groups.get(departement);
    if (group) group.push(row);
    else groups.set(departement, [row]);
  }
  const departements = [...groups.keys()];
  const encoded = [...groups].map(([code, group]) => encodeDepartement(code, group));
  return {
    departements,
    ...Object.fromEntries(communeColumnKeys.map((key) => [key, encoded.map((d) => d[key])])),
  } as { departements: string[] } & Record<(typeof communeColumnKeys)[number], string[]>;
}

/** The header on one line each, then every column with one département per line. */
export function communesText(file: CompactCommuneFile): string {
  const { departements, ...rest } = file;
  const head = Object.entries(rest)
    .filter(([name]) => !(communeColumnKeys as readonly string[]).includes(name))
    .map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  const columns = communeColumnKeys.map(
    (key) => `  ${JSON.stringify(key)}: ${rowsText(file[key])}`,
  );
  return `{\n${[...head, `  "departements": ${JSON.stringify(departements)}`, ...columns].join(',\n')}\n}\n`;
}

/** Areas and towns each one per line; the areas come first. */
export function abroadText(file: AbroadFile): string {
  const { towns, ...rest } = file;
  const withAreas = text({ ...rest }, 'areas').replace(/\n}\n$/, '');
  return `${withAreas},\n  "towns": ${rowsText(towns)}\n}\n`;
}

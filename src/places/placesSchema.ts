/**
 * The shape of the place files that `npm run places:build` writes and the
 * place screen loads lazily (they are too big for the first page load):
 * - content/places/communes.json: every French commune (INSEE) with its
 *   postcodes and one point, in compact columns (communeColumns.ts);
 * - content/places/abroad.json: the areas CHATONS serve outside France
 *   (Belgium, Switzerland, Luxembourg, Québec) and their main towns.
 * Also the list of abroad area codes, the only ones a place answer may carry.
 *
 * zod/mini, not zod: place answers (src/wizard/answers.ts) are checked in
 * the browser at start-up with these codes and points, and zod/mini keeps
 * what the first download carries small (the file schemas below are left
 * out of it: nothing there uses them).
 */
import { z } from 'zod/mini';
import { communeColumnKeys, decodeDepartement, type DepartementColumns } from './communeColumns';

export const communesPath = 'content/places/communes.json';
export const abroadPath = 'content/places/abroad.json';

/** Countries (and Québec) outside France where CHATONS serve French speakers. */
export const abroadCountries = ['BE', 'CH', 'LU', 'QC'] as const;
export type AbroadCountry = (typeof abroadCountries)[number];

/**
 * Every abroad area, by code: Belgian provinces and Brussels, Swiss cantons
 * and Luxembourg cantons (ISO 3166-2 codes), Québec's administrative regions
 * (their official numbers). Enumerated here so that a place answer, which may
 * come from a share link, can only name one of them.
 */
export const abroadAreaCodes = [
  'BE-BRU',
  'BE-VAN',
  'BE-VBR',
  'BE-VLI',
  'BE-VOV',
  'BE-VWV',
  'BE-WBR',
  'BE-WHT',
  'BE-WLG',
  'BE-WLX',
  'BE-WNA',
  'CH-AG',
  'CH-AI',
  'CH-AR',
  'CH-BE',
  'CH-BL',
  'CH-BS',
  'CH-FR',
  'CH-GE',
  'CH-GL',
  'CH-GR',
  'CH-JU',
  'CH-LU',
  'CH-NE',
  'CH-NW',
  'CH-OW',
  'CH-SG',
  'CH-SH',
  'CH-SO',
  'CH-SZ',
  'CH-TG',
  'CH-TI',
  'CH-UR',
  'CH-VD',
  'CH-VS',
  'CH-ZG',
  'CH-ZH',
  'LU-CA',
  'LU-CL',
  'LU-DI',
  'LU-EC',
  'LU-ES',
  'LU-GR',
  'LU-LU',
  'LU-ME',
  'LU-RD',
  'LU-RM',
  'LU-VD',
  'LU-WI',
  'QC-01',
  'QC-02',
  'QC-03',
  'QC-04',
  'QC-05',
  'QC-06',
  'QC-07',
  'QC-08',
  'QC-09',
  'QC-10',
  'QC-11',
  'QC-12',
  'QC-13',
  'QC-14',
  'QC-15',
  'QC-16',
  'QC-17',
] as const;
export const AbroadAreaCode = z.enum(abroadAreaCodes);
export type AbroadAreaCode = z.infer<typeof AbroadAreaCode>;

/** "BE-WLG" → "BE": the code starts with its country. */
export function countryOfArea(code: AbroadAreaCode): AbroadCountry {
  return code.slice(0, 2) as AbroadCountry;
}

/** A département code as INSEE writes it: 01–95, 2A, 2B, 971–976. */
export const DepartementCode = z.string().check(z.regex(/^(\d{2}|2A|2B|97\d)$/));

/** An INSEE commune code: the département (2A/2B for Corsica) then the commune's number. */
export const CommuneCode = z.string().check(z.regex(/^(\d{5}|2[AB]\d{3})$/));

/** The département of an INSEE commune code: three digits overseas (97411 → 974), else two. */
export function departementOfCommuneCode(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/** Points are rounded to 0.01° (about 1 km): enough for "how far", and the files stay small. */
export const roundCoordinate = (value: number): number => {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded; // no -0 in the files
};

const onGrid = (value: number): boolean => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const onGridCheck = () => z.refine<number>(onGrid, { error: 'round to 0.01°' });
export const Latitude = z.number().check(z.gte(-90), z.lte(90), onGridCheck());
export const Longitude = z.number().check(z.gte(-180), z.lte(180), onGridCheck());

const nonEmpty = z.string().check(z.minLength(1));

/** How the communes got their point (counts, written by the build for the record). */
export const PointCounts = z.strictObject({
  /** GeoNames has the commune, by name inside its département. */
  geonames: z.number().check(z.int(), z.nonnegative()),
  /** The mean of the GeoNames points of communes that share one of its postcodes. */
  postcode: z.number().check(z.int(), z.nonnegative()),
  /** The mean of the GeoNames points of communes of its arrondissement (sub-prefecture area). */
  arrondissement: z.number().check(z.int(), z.nonnegative()),
  /** Its département's reference point (content/places/departements.json). */
  departement: z.number().check(z.int(), z.nonnegative()),
});
export type PointCounts = z.infer<typeof PointCounts>;

/**
 * [INSEE code, name, postcodes, lat, lon, size]: one commune as the build
 * makes it and the content check reads it back from the compact file.
 * `size` is the number of digits of its population (Lyon, 519,127 people:
 * 6), so that among equal matches the bigger town comes first.
 */
export const CommuneRow = z.tuple([
  CommuneCode,
  nonEmpty,
  z.array(z.string().check(z.regex(/^\d{5}$/))),
  Latitude,
  Longitude,
  z.number().check(z.int(), z.gte(0), z.lte(9)),
]);
export type CommuneRow = z.infer<typeof CommuneRow>;

/** 2: one string per département in each column (communeColumns.ts); 1 was one row per commune. */
export const communeFormat = 2 as const;

const column = z.array(z.string());

/**
 * content/places/communes.json as written: see communeColumns.ts for the five columns.
 * Marked pure: a method call (`.check`) is otherwise kept in the first download, unused.
 */
export const CompactCommuneFile = /* @__PURE__ */ z
  .strictObject({
    credit: nonEmpty,
    /** The npm packages and versions the file was built from. */
    sources: z.array(nonEmpty).check(z.minLength(1)),
    points: PointCounts,
    format: z.literal(communeFormat),
    /** In INSEE code order (2A and 2B after 29, overseas last), each once. */
    departements: z.array(DepartementCode).check(z.minLength(1)),
    codes: column,
    names: column,
    postcodes: column,
    coordinates: column,
    sizes: column,
  })
  .check(z.superRefine(checkColumns));
export type CompactCommuneFile = z.infer<typeof CompactCommuneFile>;

/** Every problem with its column and département: `names[12]: département 13, commune 13005: …`. */
function checkColumns(file: CompactCommuneFile, ctx: z.core.$RefinementCtx<CompactCommuneFile>) {
  const issue = (path: (string | number)[], message: string): void => {
    ctx.issues.push({ code: 'custom', input: undefined, path, message });
  };
  file.departements.forEach((code, index) => {
    const before = file.departements[index - 1];
    if (before !== undefined && !(before < code)) {
      issue(['departements', index], `"${code}" comes after "${before}": INSEE order, each once`);
    }
  });
  for (const key of communeColumnKeys) {
    if (file[key].length !== file.departements.length) {
      issue([key], `${file[key].length} items for ${file.departements.length} départements`);
      return;
    }
  }
  file.departements.forEach((code, index) => {
    for (const { column: key, commune, problem } of decodeDepartement(code, columnsAt(file, index))
      .problems) {
      const where =
        commune === null ? `département ${code}` : `département ${code}, commune ${commune}`;
      issue([key, index], `${where}: ${problem}`);
    }
  });
}

const columnsAt = (file: CompactCommuneFile, index: number): DepartementColumns => ({
  codes: file.codes[index] ?? '',
  names: file.names[index] ?? '',
  postcodes: file.postcodes[index] ?? '',
  coordinates: file.coordinates[index] ?? '',
  sizes: file.sizes[index] ?? '',
});

/** A decoded commune as a row of the row format (what the writer takes). */
export const communeRow = (
  c: ReturnType<typeof decodeDepartement>['communes'][number],
): CommuneRow => [c.code, c.name, c.postcodes, c.lat, c.lon, c.size];

/** Every commune of a checked compact file, as rows in INSEE code order. */
export function communeRowsOf(file: CompactCommuneFile): CommuneRow[] {
  return file.departements.flatMap((code, index) =>
    decodeDepartement(code, columnsAt(file, index)).communes.map(communeRow),
  );
}

/**
 * The file checked, then read as rows (what the content check's rules
 * that span files use: the départements are those of departements.json,
 * the counts add up). Each code is there once by construction: steps of 1
 * or more inside a département, départements in order.
 */
export const CommuneFile = /* @__PURE__ */ z.pipe(
  CompactCommuneFile,
  z.transform((file: CompactCommuneFile) => ({
    credit: file.credit,
    sources: file.sources,
    points: file.points,
    departements: file.departements,
    communes: communeRowsOf(file),
  })),
);
export type CommuneFile = z.output<typeof CommuneFile>;

export const AbroadArea = z.strictObject({
  code: AbroadAreaCode,
  /** Its French name, e.g. "Province de Liège". */
  name: nonEmpty,
  /** French is spoken there by most people, or is an official language (Brussels, Luxembourg). */
  french: z.boolean(),
  lat: Latitude,
  lon: Longitude,
});
export type AbroadArea = z.infer<typeof AbroadArea>;

export const AbroadTown = z.strictObject({
  /** Its French name, e.g. "Genève". */
  name: nonEmpty,
  area: AbroadAreaCode,
  /** Other names people type: local or English ones ("Geneva", "Genf"). */
  aliases: z.array(nonEmpty),
  lat: Latitude,
  lon: Longitude,
});
export type AbroadTown = z.infer<typeof AbroadTown>;

export const AbroadFile = z.strictObject({
  credit: nonEmpty,
  sources: z.array(nonEmpty).check(z.minLength(1)),
  /** In the order of abroadAreaCodes; each area's point is its main town's. */
  areas: z.array(AbroadArea).check(z.minLength(1)),
  towns: z.array(AbroadTown),
});
export type AbroadFile = z.infer<typeof AbroadFile>;

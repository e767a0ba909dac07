/**
 * The communes and the places abroad as the app uses them (loadPlaces.ts
 * fetches the files lazily).
 *
 * The files were checked by `npm run content:check` (zod, src/places/placesSchema.ts).
 * A full zod parse of 35,000 communes takes too long on an old phone, so the
 * communes are only read here (communeColumns.ts): a malformed commune is
 * left out, so is a département whose columns do not line up, and a file
 * that cannot be read leaves the search with the départements alone.
 */
import {
  communeColumnKeys,
  decodeDepartement,
  type CommuneFacts,
  type DepartementColumns,
} from './communeColumns';
import {
  abroadAreaCodes,
  countryOfArea,
  type AbroadAreaCode,
  type AbroadCountry,
} from './placesSchema';
import { normalise } from './normalise';

export interface Commune {
  /** INSEE code, e.g. 69266. */
  code: string;
  name: string;
  departement: string;
  /** None for Paris, Lyon and Marseille: their arrondissements carry them. */
  postcodes: readonly string[];
  lat: number;
  lon: number;
  /** Number of digits of the population: ranks the bigger towns first. */
  size: number;
  /** The name as search compares it (see normalise): computed once, when the data loads. */
  key: string;
}

export interface Area {
  code: AbroadAreaCode;
  name: string;
  country: AbroadCountry;
  /** French-speaking: listed first when a country is searched ("Belgique"). */
  french: boolean;
  lat: number;
  lon: number;
}

export interface Town {
  name: string;
  aliases: readonly string[];
  area: Area;
  lat: number;
  lon: number;
  /** The area's main town (its point is the area's). */
  main: boolean;
}

/** A name people may type, for a commune or a place abroad (with its point). */
export interface PlaceEntry {
  /** The name as search compares it (see normalise). */
  key: string;
  /** Bigger places first among equal matches (communes: digits of the population). */
  size: number;
  commune: Commune | null;
  abroad: { name: string; area: Area; lat: number; lon: number } | null;
}

export interface PlaceData {
  /** In INSEE code order. */
  communes: readonly Commune[];
  communeByCode: ReadonlyMap<string, Commune>;
  areas: ReadonlyMap<AbroadAreaCode, Area>;
  towns: readonly Town[];
  /** Every searchable name: communes, towns abroad and their other names, areas. */
  entries: readonly PlaceEntry[];
  entriesByKey: ReadonlyMap<string, readonly PlaceEntry[]>;
  /**
   * The communes by the first three digits of their postcodes ("691"), in
   * INSEE code order: a typed postcode finds its communes without a pass
   * over all 35,000 (see postcodeIndex.ts).
   */
  communesByPostcodeRange: ReadonlyMap<string, readonly Commune[]>;
}

/** A French postcode's first three digits: a handful of communes share each. */
export const postcodeRangeLength = 3;

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const areaCodes = new Set<string>(abroadAreaCodes);
const isAreaCode = (value: unknown): value is AbroadAreaCode =>
  typeof value === 'string' && areaCodes.has(value);

/** A decoded commune as the search uses it; its name's search key is computed once, here. */
const toCommune = (facts: CommuneFacts, departement: string): Commune => ({
  code: facts.code,
  name: facts.name,
  departement,
  postcodes: facts.postcodes,
  lat: facts.lat,
  lon: facts.lon,
  size: facts.size,
  key: normalise(facts.name),
});

function toAreas(raw: unknown): Map<AbroadAreaCode, Area> {
  const areas = new Map<AbroadAreaCode, Area>();
  const list = isRecord(raw) && Array.isArray(raw.areas) ? (raw.areas as unknown[]) : [];
  for (const item of list) {
    if (!isRecord(item) || !isAreaCode(item.code) || typeof item.name !== 'string') continue;
    if (!isFiniteNumber(item.lat) || !isFiniteNumber(item.lon)) continue;
    const { code, name, lat, lon } = item;
    const french = item.french === true;
    areas.set(code, { code, name, country: countryOfArea(code), french, lat, lon });
  }
  return areas;
}

function toTowns(raw: unknown, areas: ReadonlyMap<AbroadAreaCode, Area>): Town[] {
  const towns: Town[] = [];
  const list = isRecord(raw) && Array.isArray(raw.towns) ? (raw.towns as unknown[]) : [];
  const seen = new Set<AbroadAreaCode>();
  for (const item of list) {
    if (!isRecord(item) || !isAreaCode(item.area) || typeof item.name !== 'string') continue;
    const area = areas.get(item.area);
    if (!area || !isFiniteNumber(item.lat) || !isFiniteNumber(item.lon)) continue;
    const aliases = Array.isArray(item.aliases)
      ? item.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    towns.push({
      name: item.name,
      aliases,
      area,
      lat: item.lat,
      lon: item.lon,
      main: !seen.has(area.code),
    });
    seen.add(area.code);
  }
  return towns;
}

interface DepartementPart {
  code: string;
  columns: DepartementColumns;
}

/** The file's départements with their five strings; one with a column missing is left out. */
function partsOf(file: unknown): DepartementPart[] {
  if (!isRecord(file) || !Array.isArray(file.departements)) return [];
  const parts: DepartementPart[] = [];
  (file.departements as unknown[]).forEach((code, index) => {
    if (typeof code !== 'string') return;
    const columns: Partial<DepartementColumns> = {};
    for (const key of communeColumnKeys) {
      const list = file[key];
      const text: unknown = Array.isArray(list) ? (list as unknown[])[index] : undefined;
      if (typeof text !== 'string') return;
      columns[key] = text;
    }
    parts.push({ code, columns: columns as DepartementColumns });
  });
  return parts;
}

/** Builds the data département by département, so that the app can spread the work (see toPlaceDataInSlices). */
function builder(abroadFile: unknown) {
  const communes: Commune[] = [];
  const communeByCode = new Map<string, Commune>();
  const entries: PlaceEntry[] = [];
  const entriesByKey = new Map<string, PlaceEntry[]>();
  const communesByPostcodeRange = new Map<string, Commune[]>();
  const addToRanges = (commune: Commune): void => {
    for (const postcode of commune.postcodes) {
      const range = postcode.slice(0, postcodeRangeLength);
      const list = communesByPostcodeRange.get(range);
      // Communes come one at a time: one already in this range is the list's last.
      if (!list) communesByPostcodeRange.set(range, [commune]);
      else if (list[list.length - 1] !== commune) list.push(commune);
    }
  };
  const addEntry = (entry: PlaceEntry): void => {
    entries.push(entry);
    const list = entriesByKey.get(entry.key);
    if (list) list.push(entry);
    else entriesByKey.set(entry.key, [entry]);
  };
  return {
    /** Adds a département's readable communes; returns how many it holds. */
    add({ code, columns }: DepartementPart): number {
      const decoded = decodeDepartement(code, columns).communes;
      for (const facts of decoded) {
        if (communeByCode.has(facts.code)) continue;
        const commune = toCommune(facts, code);
        communes.push(commune);
        communeByCode.set(commune.code, commune);
        addEntry({ key: commune.key, size: commune.size, commune, abroad: null });
        addToRanges(commune);
      }
      return decoded.length;
    },
    finish(): PlaceData {
      const areas = toAreas(abroadFile);
      const towns = toTowns(abroadFile, areas);
      const abroad = (
        name: string,
        size: number,
        shown: string,
        area: Area,
        point: Town | Area,
      ) => {
        const { lat, lon } = point;
        addEntry({
          key: normalise(name),
          size,
          commune: null,
          abroad: { name: shown, area, lat, lon },
        });
      };
      for (const town of towns) {
        // An area's main town ranks with French towns of 100,000 people, the others of 10,000.
        for (const name of [town.name, ...town.aliases]) {
          abroad(name, town.main ? 6 : 5, town.name, town.area, town);
        }
      }
      for (const area of areas.values()) abroad(area.name, 6, area.name, area, area);
      return {
        communes,
        communeByCode,
        areas,
        towns,
        entries,
        entriesByKey,
        communesByPostcodeRange,
      };
    },
  };
}

/** The two files as the app uses them; anything malformed is left out. */
export function toPlaceData(communesFile: unknown, abroadFile: unknown): PlaceData {
  const build = builder(abroadFile);
  for (const part of partsOf(communesFile)) build.add(part);
  return build.finish();
}

/**
 * The same, with `pause()` whenever a slice of whole départements has taken
 * `budgetMs` or more: on an old phone the whole takes about a second, which
 * would freeze typing and clicks. A time budget rather than a count of
 * communes: the same count took 15 ms on a laptop and 100 ms at CPU ×4, too
 * long for a click to wait behind (issue 7). A département (up to 900
 * communes) is never split.
 */
export async function toPlaceDataInSlices(
  communesFile: unknown,
  abroadFile: unknown,
  pause: () => Promise<void>,
  { budgetMs = 8, now = () => performance.now() }: { budgetMs?: number; now?: () => number } = {},
): Promise<PlaceData> {
  const build = builder(abroadFile);
  let sliceStart = now();
  for (const part of partsOf(communesFile)) {
    build.add(part);
    if (now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
  // The places abroad and their other names make a slice of their own.
  await pause();
  return build.finish();
}

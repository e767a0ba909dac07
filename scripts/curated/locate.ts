/**
 * Where a hoster is: a point for "nearest hoster" ranking, from the most
 * precise fact available (the record's coordinates, then its town, then its
 * département), and never from a guess between homonyms.
 */
import type { GeoPoint } from '../../src/content/schema';
import { departementFromPostcode, type DepartementPoint } from './departements';
import { describeEntry, findCity, type Gazetteer, type GazetteerEntry } from './geocode';
import type { CuratedRecord } from './record';

export interface Derived {
  field: string;
  value: string;
  how: string;
}

export interface Located {
  point: GeoPoint | null;
  departement: string | null;
  country: string | null;
  /** Why the point is what it is, for the import report (ambiguity, misses). */
  note: string | null;
  derived: Derived[];
}

export interface LocateContext {
  gazetteer: Gazetteer;
  departements: Map<string, DepartementPoint>;
}

export function locate(
  location: CuratedRecord['location'],
  file: string,
  ctx: LocateContext,
  /** Where lat/lon were read, named in the point's `from`. */
  coordinatesFrom = `curated:${file}`,
): Located {
  const { city, postcode, country, lat, lon } = location;
  const derived: Derived[] = [];
  // Départements and their postcodes only exist in France; a record without
  // a country is read as French, as the collective is mostly French.
  const french = country === null || country === 'FR';
  let departement = location.departement;
  let knownCountry = country;
  if (departement === null && french) {
    departement = departementFromPostcode(postcode);
    if (departement !== null) {
      derived.push({
        field: 'location.departement',
        value: departement,
        how: `postcode ${postcode ?? ''}`,
      });
    }
  }
  const result = (point: GeoPoint | null, note: string | null = null): Located => ({
    point,
    departement,
    country: knownCountry,
    note,
    derived,
  });

  if (lat !== null && lon !== null) {
    return result({ lat, lon, method: 'source', from: `coordinates in ${coordinatesFrom}` });
  }

  let note: string | null = null;
  if (city !== null) {
    const match = findCity(ctx.gazetteer, { city, country, departement });
    if (match.kind === 'found') {
      const { entry } = match;
      if (departement === null && entry.departement !== null && french) {
        departement = entry.departement;
        derived.push({
          field: 'location.departement',
          value: departement,
          how: `GeoNames admin2 of ${entry.name}`,
        });
      }
      if (country === null) {
        knownCountry = 'FR';
        derived.push({
          field: 'location.country',
          value: 'FR',
          how: `${entry.name} found in France`,
        });
      }
      return result({ lat: entry.lat, lon: entry.lon, method: 'city', from: describeEntry(entry) });
    }
    note =
      match.kind === 'ambiguous'
        ? `ambiguous town "${city}": ${match.candidates.map(describeWithPoint).join('; ')}`
        : `town "${city}" not found in GeoNames${departement === null ? '' : ` (${departement})`}`;
  }

  const known = departement === null ? undefined : ctx.departements.get(departement);
  if (known) {
    return result(
      {
        lat: known.lat,
        lon: known.lon,
        method: 'departement',
        from: `Département ${known.nom} (${known.code}), chef-lieu ${known.chefLieuNom}`,
      },
      note,
    );
  }
  if (departement !== null) {
    note = `${note === null ? '' : `${note}; `}no point for département ${departement}`;
  }
  return result(null, note ?? 'no coordinates, town or département');
}

/** Homonyms in one département share a label, so the point tells them apart. */
function describeWithPoint(entry: GazetteerEntry): string {
  return `${describeEntry(entry)} at ${entry.lat}, ${entry.lon}`;
}

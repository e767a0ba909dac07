/** Where a hoster stands relative to the person, for ranking and for the "how far" line. */
import type { LatLon } from '../places/geo';
import { haversineKm } from '../places/geo';
import type { PreparedHoster } from './prepare';

export type Placement =
  /** "Anywhere", or we could not place the person: distance plays no part. */
  | { kind: 'ignored' }
  /** We do not know where the hoster is. */
  | { kind: 'unknown' }
  | { kind: 'known'; km: number; sameDepartement: boolean; band: number };

/** Up to this distance a hoster is "near"; beyond, "far": more than about an hour's trip. */
export const nearKm = 100;

/** Within this distance (or the same département) proximity has its full weight. */
export const fullWeightKm = 50;

/**
 * Distance bands: 0 is the same département or within 50 km; 1 within
 * 100 km; 2 within 200 km (a day trip); 3 beyond. Hosters in the same band
 * are equally near: the person's point is their département's reference
 * point, so a few km more or less mean nothing, and a tie lets the answers'
 * hash spread people across them.
 */
export const bandLimitsKm: readonly number[] = [fullWeightKm, 100, 200];

export function distanceBand(km: number, sameDepartement: boolean): number {
  if (sameDepartement) return 0;
  let band = 0;
  for (const limit of bandLimitsKm) {
    if (km <= limit) return band;
    band += 1;
  }
  return band;
}

/**
 * Known to be too far to meet in person; an unknown or ignored place is not
 * "far", nor is a hoster in the person's own département.
 */
export const isFar = (place: Placement): boolean =>
  place.kind === 'known' && !place.sameDepartement && place.km > nearKm;

export interface PersonPlace {
  point: LatLon | null;
  departement: string | null;
  /** The person's region (from the place catalogue), null when unknown or "anywhere". */
  region: string | null;
}

export function placement(person: PersonPlace, hoster: PreparedHoster): Placement {
  if (person.point === null) return { kind: 'ignored' };
  if (hoster.point === null) return { kind: 'unknown' };
  const km = haversineKm(person.point, hoster.point);
  const sameDepartement = person.departement !== null && person.departement === hoster.departement;
  return { kind: 'known', km, sameDepartement, band: distanceBand(km, sameDepartement) };
}

/**
 * Whether the person lives where a hoster says it serves. Local and
 * regional hosters (location.area) serve mostly the people around them;
 * some take others only when nothing equivalent exists nearer (ARN says so).
 * - open: national, francophone, or no area given (unknown is not no);
 * - inside: same département; for a regional hoster the same region; or
 *   within 50 km (local) or 100 km (regional);
 * - outside: known to be further;
 * - unknown: the person said "anywhere" or we do not know where the hoster is.
 * Outside and unknown are a doubt, not a no: "ask them if they take you".
 */
export type AreaFit = 'open' | 'inside' | 'outside' | 'unknown';

export function areaFit(person: PersonPlace, prepared: PreparedHoster, place: Placement): AreaFit {
  const area = prepared.hoster.location.area;
  if (area !== 'local' && area !== 'regional') return 'open';
  if (person.departement === null) return 'unknown';
  if (person.departement === prepared.departement) return 'inside';
  if (area === 'regional' && person.region !== null && person.region === prepared.region) {
    return 'inside';
  }
  if (place.kind !== 'known') return 'unknown';
  return place.km <= (area === 'local' ? fullWeightKm : nearKm) ? 'inside' : 'outside';
}

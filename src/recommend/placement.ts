/** Where a hoster stands relative to the person, for ranking and for the "how far" line. */
import type { LatLon } from '../places/geo';
import { haversineKm } from '../places/geo';
import type { PreparedHoster } from './prepare';

export type Placement =
  /** "Anywhere", or we could not place the person: distance plays no part. */
  | { kind: 'ignored' }
  /** We do not know where the hoster is. */
  | { kind: 'unknown' }
  | { kind: 'known'; km: number; sameDepartement: boolean };

/** Up to this distance a hoster is "near"; beyond, "far": more than about an hour's trip. */
export const nearKm = 100;

/** Known to be too far to meet in person; an unknown or ignored place is not "far". */
export const isFar = (place: Placement): boolean => place.kind === 'known' && place.km > nearKm;

export interface PersonPlace {
  point: LatLon | null;
  departement: string | null;
}

export function placement(person: PersonPlace, hoster: PreparedHoster): Placement {
  if (person.point === null) return { kind: 'ignored' };
  if (hoster.point === null) return { kind: 'unknown' };
  return {
    kind: 'known',
    km: haversineKm(person.point, hoster.point),
    sameDepartement: person.departement !== null && person.departement === hoster.departement,
  };
}

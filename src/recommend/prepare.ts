/**
 * What can be computed once per content load rather than once per answer:
 * the active hosters with their points, and the needs by id. Recommending
 * from prepared content keeps a re-rank (an answer changed) cheap.
 */
import type { Hoster, Need, NeedId, PlaceCatalogue } from '../content/schema';
import { departementOfPostcode, pointOfDepartement, type LatLon } from '../places/geo';
import { isActive } from './constraints';

export interface RecommendContent {
  hosters: Hoster[];
  needs: Need[];
  places: PlaceCatalogue;
}

export interface PreparedHoster {
  hoster: Hoster;
  /** The département code, from the record or its postcode; null when unknown. */
  departement: string | null;
  /** The record's point, else its département's point; null when we do not know where it is. */
  point: LatLon | null;
}

export interface PreparedContent {
  /** Active hosters only (the first hard constraint), in content order. */
  hosters: PreparedHoster[];
  needs: ReadonlyMap<NeedId, Need>;
  places: PlaceCatalogue;
}

function departementOfHoster(hoster: Hoster): string | null {
  const { departement, postcode, country } = hoster.location;
  const given = departement?.trim().toUpperCase();
  if (given) return given;
  // A five-digit postcode abroad (e.g. Germany) is not a French one.
  if (postcode !== null && (country === null || country === 'FR')) {
    return departementOfPostcode(postcode);
  }
  return null;
}

export function prepareHoster(hoster: Hoster, places: PlaceCatalogue): PreparedHoster {
  const departement = departementOfHoster(hoster);
  const point = hoster.location.point
    ? { lat: hoster.location.point.lat, lon: hoster.location.point.lon }
    : departement === null
      ? null
      : pointOfDepartement(departement, places);
  return { hoster, departement, point };
}

export function prepare(content: RecommendContent): PreparedContent {
  return {
    hosters: content.hosters.filter(isActive).map((h) => prepareHoster(h, content.places)),
    needs: new Map(content.needs.map((need) => [need.id, need])),
    places: content.places,
  };
}

/**
 * The place nearest to a position, found on the device from the lazily
 * loaded place list: the answer keeps the commune (or the area abroad) and
 * its centre, never the position itself. Pure.
 */
import type { PlaceCatalogue } from '../content/schema';
import { haversineKm, type LatLon } from '../places/geo';
import { communeAnswer } from '../places/placeChoice';
import type { PlaceData } from '../places/placeData';
import { roundCoordinate } from '../places/placesSchema';
import type { PlaceAnswer } from '../wizard/answers';

/**
 * Farther than this from every place we know, the position is not near
 * anything we can name (abroad beyond the four areas, at sea): say so
 * rather than pick a place 300 km away.
 */
export const nearestMaxKm = 60;

interface Nearest {
  answer: PlaceAnswer;
  km: number;
}

function closer(best: Nearest | null, answer: PlaceAnswer, point: LatLon, at: LatLon): Nearest {
  const km = haversineKm(at, point);
  return best && best.km <= km ? best : { answer, km };
}

/**
 * The commune or town abroad nearest to `at`; without the place list (not
 * loaded, offline), the nearest département's reference point. Null when
 * nothing we know is within `nearestMaxKm`.
 */
export function nearestPlace(
  at: LatLon,
  data: PlaceData | null,
  places: PlaceCatalogue,
): PlaceAnswer | null {
  let best: Nearest | null = null;
  if (data) {
    for (const c of data.communes) {
      best = closer(best, communeAnswer(c), c, at);
    }
    for (const town of data.towns) {
      const answer: PlaceAnswer = {
        kind: 'abroad',
        code: town.area.code,
        lat: roundCoordinate(town.lat),
        lon: roundCoordinate(town.lon),
      };
      best = closer(best, answer, town, at);
    }
  } else {
    for (const d of places.departements) {
      best = closer(best, { kind: 'departement', code: d.code }, d, at);
    }
  }
  // A département's point stands for a whole département: allow its size too.
  const limit = data ? nearestMaxKm : nearestMaxKm * 2;
  return best && best.km <= limit ? best.answer : null;
}

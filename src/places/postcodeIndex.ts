/**
 * The communes a typed postcode may mean ("691" → Villeurbanne, Caluire…),
 * looked up in the range of their first three digits rather than by a pass
 * over all 35,000 communes: the place question suggests them at every
 * keystroke, and a slow phone must answer within 100 ms (issue 7).
 */
import { postcodeRangeLength, type Commune, type PlaceData } from './placeData';

/** The communes with a postcode that starts with `digits` (three digits or more), in INSEE code order. */
export function communesByPostcode(data: PlaceData, digits: string): Commune[] {
  if (digits.length < postcodeRangeLength) return [];
  const range = data.communesByPostcodeRange.get(digits.slice(0, postcodeRangeLength)) ?? [];
  return range.filter((c) => c.postcodes.some((p) => p.startsWith(digits)));
}

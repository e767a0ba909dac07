/** The place files of content/places, read once, as the app uses them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PlaceCatalogue } from '../../../src/content/schema';
import { toPlaceData, type PlaceData } from '../../../src/places/placeData';

const dir = path.resolve(import.meta.dirname, '../../../content/places');
export const readPlaceFile = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

export const realPlaces = PlaceCatalogue.parse(readPlaceFile('departements.json'));

let cached: PlaceData | undefined;
export function realPlaceData(): PlaceData {
  cached ??= toPlaceData(readPlaceFile('communes.json'), readPlaceFile('abroad.json'));
  return cached;
}

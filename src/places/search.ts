/**
 * Turns what a person types ("69003", "69", "rhone", "Lyon") into a place
 * answer, and suggests départements for partial or misspelt names.
 */
import Fuse from 'fuse.js';
import type { Departement, PlaceCatalogue } from '../content/schema';
import type { PlaceAnswer } from '../wizard/answers';
import { departementOfPostcode } from './geo';

const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[-'’\s]+/g, ' ')
    .trim()
    .toLowerCase();

export interface PlaceSearch {
  /** The place the text names exactly, or null. */
  parse: (text: string) => PlaceAnswer | null;
  /** Up to `limit` départements that look like the text. */
  suggest: (text: string, limit?: number) => Departement[];
  byCode: (code: string) => Departement | undefined;
}

export function createPlaceSearch(places: PlaceCatalogue): PlaceSearch {
  const byCode = new Map(places.departements.map((d) => [d.code, d]));
  const byName = new Map(
    places.departements.flatMap((d) => [
      [normalise(d.chefLieu), d],
      [normalise(d.name), d],
    ]),
  );
  const fuse = new Fuse(places.departements, {
    keys: ['name', 'chefLieu', 'code'],
    threshold: 0.3,
    ignoreDiacritics: true,
  });

  const parse = (text: string): PlaceAnswer | null => {
    const value = text.trim().toUpperCase();
    if (/^\d{5}$/.test(value)) {
      const departement = departementOfPostcode(value);
      return departement && byCode.has(departement)
        ? { kind: 'postcode', code: value, departement }
        : null;
    }
    const code = /^\d$/.test(value) ? `0${value}` : value;
    if (byCode.has(code)) return { kind: 'departement', code };
    const named = byName.get(normalise(text));
    return named ? { kind: 'departement', code: named.code } : null;
  };

  const suggest = (text: string, limit = 5): Departement[] => {
    const value = text.trim();
    if (value === '') return [];
    if (/^\d+$/.test(value)) {
      // "6" lists 60–69; "69003" and "690" both point to 69.
      return places.departements
        .filter((d) => d.code.startsWith(value) || value.startsWith(d.code))
        .slice(0, limit);
    }
    return fuse.search(value, { limit }).map((result) => result.item);
  };

  return { parse, suggest, byCode: (code) => byCode.get(code) };
}

/**
 * Turns what a person types into a place: a postcode ("69003"), a
 * département ("69", "rhone", "Bouches du Rhône"), its prefecture ("Lyon"),
 * any French commune ("Villeurbanne", "villeurbane"), or a place abroad
 * ("Liège", "Genève", "Belgique"). Suggests places for partial or misspelt
 * names, with homonyms told apart by their département ("Saint-Denis (93)").
 *
 * The départements are always there; the communes and places abroad
 * (`data`) arrive a moment later (loaded lazily). Until then, and if they
 * never load, everything that needs only the départements works as before.
 */
import Fuse from 'fuse.js';
import type { Departement, PlaceCatalogue } from '../content/schema';
import type { PlaceAnswer } from '../wizard/answers';
import { normalise } from './normalise';
import { communesByPostcode } from './postcodeIndex';
import {
  communeChoice as toCommuneChoice,
  departementChoice,
  describePlace,
  isPlaceCode,
  parsePlaceCode,
} from './placeChoice';
import type { PlaceChoice } from './placeChoice';
import type { Commune, PlaceData, PlaceEntry } from './placeData';
import { roundCoordinate, type AbroadCountry } from './placesSchema';

export { normalise };
export type { PlaceChoice };

export interface PlaceSearch {
  /** The one place the text names exactly, or null (nothing, or several: see `homonyms`). */
  parse: (text: string) => PlaceChoice | null;
  /** The places that all bear exactly this name, when there are two or more. */
  homonyms: (text: string) => PlaceChoice[];
  /** Up to `limit` places that look like the text, the likeliest first. */
  suggest: (text: string, limit?: number) => PlaceChoice[];
  /** The place an answer given earlier names (Back, Change, the check page). */
  describe: (answer: PlaceAnswer) => PlaceChoice | null;
  byCode: (code: string) => Departement | undefined;
}

/** Country names people may type, in French, English and the local languages. */
const countryNames: Record<string, AbroadCountry> = {
  belgique: 'BE',
  belgium: 'BE',
  belgie: 'BE',
  suisse: 'CH',
  switzerland: 'CH',
  schweiz: 'CH',
  svizzera: 'CH',
  'grand duche de luxembourg': 'LU',
  canada: 'QC',
  'province de quebec': 'QC',
};

/** Fuse per first letter (a typo rarely hits the first letter): small enough for a phone. */
const fuses = new WeakMap<PlaceData, Map<string, Fuse<string>>>();

function fuseFor(data: PlaceData, key: string): Fuse<string> {
  const letter = key.charAt(0);
  let byLetter = fuses.get(data);
  if (!byLetter) {
    byLetter = new Map();
    fuses.set(data, byLetter);
  }
  let fuse = byLetter.get(letter);
  if (!fuse) {
    const keys = [...data.entriesByKey.keys()].filter((k) => k.startsWith(letter));
    fuse = new Fuse(keys, { threshold: 0.3, includeScore: true });
    byLetter.set(letter, fuse);
  }
  return fuse;
}

const bySize = (a: PlaceEntry, b: PlaceEntry): number => b.size - a.size;

export function createPlaceSearch(
  places: PlaceCatalogue,
  data: PlaceData | null = null,
): PlaceSearch {
  const departements = new Map(places.departements.map((d) => [d.code, d]));
  const departementByName = new Map(places.departements.map((d) => [normalise(d.name), d]));
  const prefectures = new Map<string, Departement[]>();
  for (const d of places.departements) {
    const key = normalise(d.chefLieu);
    prefectures.set(key, [...(prefectures.get(key) ?? []), d]);
  }
  const departementFuse = new Fuse(places.departements, {
    keys: ['name', 'chefLieu', 'code'],
    threshold: 0.3,
    ignoreDiacritics: true,
  });

  const communeChoice = (c: Commune): PlaceChoice | null =>
    toCommuneChoice(c, departements.get(c.departement));
  const entryChoice = (entry: PlaceEntry): PlaceChoice | null => {
    if (entry.commune) return communeChoice(entry.commune);
    if (!entry.abroad) return null;
    const { name, area, lat, lon } = entry.abroad;
    const answer: PlaceAnswer = {
      kind: 'abroad',
      code: area.code,
      lat: roundCoordinate(lat),
      lon: roundCoordinate(lon),
    };
    return { kind: 'abroad', answer, name, area };
  };

  /** Choices in order, each answer once (a town and its alias give the same answer). */
  const unique = (choices: (PlaceChoice | null)[]): PlaceChoice[] => {
    const seen = new Set<string>();
    const out: PlaceChoice[] = [];
    for (const choice of choices) {
      if (!choice) continue;
      const id = JSON.stringify(choice.answer);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(choice);
    }
    return out;
  };

  /** Communes and places abroad whose name is exactly this key, the bigger first. */
  const exact = (key: string): PlaceChoice[] =>
    unique([...(data?.entriesByKey.get(key) ?? [])].sort(bySize).map(entryChoice));

  /** "Saint-Denis (93)", "Saint-Denis 93": a name inside one département. */
  const inDepartement = (text: string): PlaceChoice | null => {
    const match = /^(.+?)\s*(?:\(\s*(\d{2,3}|2[AB])\s*\)|\s(\d{2,3}|2[AB]))$/i.exec(text.trim());
    if (!match) return null;
    const code = (match[2] ?? match[3] ?? '').toUpperCase();
    const key = normalise(match[1] ?? '');
    const departement = departements.get(code);
    if (!departement) return null;
    if (normalise(departement.name) === key) return departementChoice(departement);
    const found = exact(key).filter((c) => c.kind === 'commune' && c.departement.code === code);
    return found.length === 1 ? (found[0] ?? null) : null;
  };

  /** "Belgique": the country's areas, French-speaking ones first. */
  const countryAreas = (key: string): PlaceChoice[] => {
    const country = countryNames[key];
    if (!country || !data) return [];
    const areas = [...data.areas.values()].filter((a) => a.country === country);
    const french = [...areas.filter((a) => a.french), ...areas.filter((a) => !a.french)];
    return unique(
      french.map((area) =>
        entryChoice({
          key,
          size: 6,
          commune: null,
          abroad: { name: area.name, area, lat: area.lat, lon: area.lon },
        }),
      ),
    );
  };

  /** The places a name (not digits) could mean. */
  const candidates = (text: string): PlaceChoice[] => {
    const key = normalise(text);
    if (key === '') return [];
    const named = inDepartement(text);
    if (named) return [named];
    const departement = departementByName.get(key);
    if (departement) return [departementChoice(departement)];
    // "Suisse" is also a village in Moselle: a country is never taken for one place.
    const found = unique([...exact(key), ...countryAreas(key)]);
    const prefecture = prefectures.get(key);
    // "Lyon" is Rhône (whose point is Lyon's), unless the name is shared:
    // "Saint-Denis" may be 93 or 974, so the person chooses.
    if (prefecture?.length === 1 && found.length <= 1) return prefecture.map(departementChoice);
    return found;
  };

  const parse = (text: string): PlaceChoice | null => {
    const digits = text.replace(/\s/g, '').toUpperCase();
    if (isPlaceCode(digits)) return parsePlaceCode(places, digits);
    const found = candidates(text);
    return found.length === 1 ? (found[0] ?? null) : null;
  };

  const homonyms = (text: string): PlaceChoice[] => {
    const found = /^[\d\s]*$/.test(text) ? [] : candidates(text);
    return found.length > 1 ? found : [];
  };

  const suggestDigits = (value: string, limit: number): PlaceChoice[] => {
    // "6" lists 60–69; "69003" and "690" both point to 69.
    const byDepartement = places.departements
      .filter((d) => d.code.startsWith(value) || value.startsWith(d.code))
      .map(departementChoice);
    // From three digits on, the communes whose postcode starts so ("69100": Villeurbanne).
    const communes = data ? communesByPostcode(data, value).sort((a, b) => b.size - a.size) : [];
    const byPostcode = communes.slice(0, limit).map(communeChoice);
    const ordered =
      value.length === 5 ? [...byPostcode, ...byDepartement] : [...byDepartement, ...byPostcode];
    return unique(ordered).slice(0, limit);
  };

  const suggest = (text: string, limit = 6): PlaceChoice[] => {
    const value = text.trim();
    if (value === '') return [];
    const digits = value.replace(/\s/g, '');
    if (/^\d+$/.test(digits)) return suggestDigits(digits, limit);
    const key = normalise(value);
    if (key === '') return [];
    const found: (PlaceChoice | null)[] = [
      inDepartement(value),
      departementByName.has(key)
        ? departementChoice(departementByName.get(key) as Departement)
        : null,
      ...exact(key),
      ...countryAreas(key),
    ];
    const hasExact = unique(found).length > 0;
    // Names that start with the text, bigger places first.
    if (data && key.length >= 2) {
      const starting: PlaceEntry[] = [];
      for (const entry of data.entries) {
        if (entry.key.startsWith(key) && entry.key !== key) starting.push(entry);
      }
      found.push(
        ...starting
          .sort(bySize)
          .slice(0, limit * 2)
          .map(entryChoice),
      );
    }
    found.push(...departementFuse.search(value, { limit }).map((r) => departementChoice(r.item)));
    // Misspellings ("villeurbane"), when nothing bears the name and there is room left.
    if (data && !hasExact && unique(found).length < limit && key.length >= 3) {
      const fuzzy = fuseFor(data, key)
        .search(key, { limit: limit * 2 })
        .flatMap((r) =>
          [...(data.entriesByKey.get(r.item) ?? [])].map((entry) => ({
            entry,
            score: r.score ?? 1,
          })),
        )
        .sort((a, b) => a.score - b.score || bySize(a.entry, b.entry));
      found.push(...fuzzy.map(({ entry }) => entryChoice(entry)));
    }
    return unique(found).slice(0, limit);
  };

  return {
    parse,
    homonyms,
    suggest,
    describe: (answer) => describePlace(places, data, answer),
    byCode: (code) => departements.get(code),
  };
}

/**
 * A place as the screens show it, and the place an answer given earlier
 * names. A direct lookup, without fuse.js: the check page names the chosen
 * place without fetching the search code (issue 7), and the search
 * (search.ts) builds its choices from the same functions.
 */
import type { Departement, PlaceCatalogue } from '../content/schema';
import type { PlaceAnswer } from '../wizard/answers';
import { departementOfPostcode } from './geo';
import { normalise } from './normalise';
import type { Area, Commune, PlaceData } from './placeData';
import { roundCoordinate } from './placesSchema';

/** One place a text may name, with the answer it gives. */
export type PlaceChoice =
  | { kind: 'departement'; answer: PlaceAnswer; departement: Departement }
  | { kind: 'postcode'; answer: PlaceAnswer; postcode: string; departement: Departement }
  | { kind: 'commune'; answer: PlaceAnswer; commune: Commune; departement: Departement }
  /** `name` is the town's, or the area's when the area itself was chosen. */
  | { kind: 'abroad'; answer: PlaceAnswer; name: string; area: Area };

export const departementChoice = (d: Departement): PlaceChoice => ({
  kind: 'departement',
  answer: { kind: 'departement', code: d.code },
  departement: d,
});

/** The answer a commune gives: its code and its centre, rounded like every kept point. */
export const communeAnswer = (c: Commune): PlaceAnswer => ({
  kind: 'commune',
  code: c.code,
  departement: c.departement,
  lat: roundCoordinate(c.lat),
  lon: roundCoordinate(c.lon),
});

/** A commune as a choice; null for Paris, where the département (whose point is Paris) is offered. */
export function communeChoice(
  c: Commune,
  departement: Departement | undefined,
): PlaceChoice | null {
  if (!departement || c.key === normalise(departement.name)) return null;
  return { kind: 'commune', answer: communeAnswer(c), commune: c, departement };
}

/**
 * The place an answer given earlier names (Back, Change, the check page).
 * A commune or a place abroad needs the lazily loaded `data`: null until then.
 */
export function describePlace(
  places: PlaceCatalogue,
  data: PlaceData | null,
  answer: PlaceAnswer,
): PlaceChoice | null {
  const departement = (code: string) => places.departements.find((d) => d.code === code);
  switch (answer.kind) {
    case 'anywhere':
      return null;
    case 'departement': {
      const d = departement(answer.code);
      return d ? departementChoice(d) : null;
    }
    case 'postcode': {
      const d = departement(answer.departement);
      return d ? { kind: 'postcode', answer, postcode: answer.code, departement: d } : null;
    }
    case 'commune': {
      const commune = data?.communeByCode.get(answer.code);
      const d = departement(answer.departement);
      // The answer keeps its own point, which a newer file may place a little differently.
      return commune && d ? { kind: 'commune', answer, commune, departement: d } : null;
    }
    case 'abroad': {
      const area = data?.areas.get(answer.code);
      return area ? { kind: 'abroad', answer, name: area.name, area } : null;
    }
  }
}

/** A postcode, a département number ("69", "1", "2A") once spaces are taken out. */
export const isPlaceCode = (digits: string): boolean => /^(\d{1,5}|2[AB])$/.test(digits);

/**
 * What a text names without the search: a postcode, a département's number
 * or its exact name ("rhone"). Anything else (a town, a typo) needs the search.
 */
export function parsePlaceCode(places: PlaceCatalogue, text: string): PlaceChoice | null {
  const departement = (code: string) => places.departements.find((d) => d.code === code);
  const value = text.replace(/\s/g, '').toUpperCase();
  if (/^\d{5}$/.test(value)) {
    const d = departement(departementOfPostcode(value) ?? '');
    return d
      ? {
          kind: 'postcode',
          answer: { kind: 'postcode', code: value, departement: d.code },
          postcode: value,
          departement: d,
        }
      : null;
  }
  if (isPlaceCode(value)) {
    const d = departement(/^\d$/.test(value) ? `0${value}` : value);
    return d ? departementChoice(d) : null;
  }
  const key = normalise(text);
  const named = places.departements.find((d) => normalise(d.name) === key);
  return named ? departementChoice(named) : null;
}

/**
 * A small, made-up world for the recommender tests: five départements, a few
 * needs, and hosters each built to exercise one rule. Names are invented;
 * none is a real CHATON.
 */
import type { Hoster, Need, Offer, PlaceCatalogue } from '../../../src/content/schema';
import type { RecommendContent } from '../../../src/recommend/prepare';
import type { CompleteAnswers } from '../../../src/wizard/answers';

export const places: PlaceCatalogue = {
  credit: 'test fixture',
  departements: [
    {
      code: '01',
      name: 'Ain',
      region: 'Auvergne-Rhône-Alpes',
      chefLieu: 'Bourg-en-Bresse',
      lat: 46.2057,
      lon: 5.2258,
    },
    {
      code: '13',
      name: 'Bouches-du-Rhône',
      region: 'PACA',
      chefLieu: 'Marseille',
      lat: 43.297,
      lon: 5.3811,
    },
    {
      code: '38',
      name: 'Isère',
      region: 'Auvergne-Rhône-Alpes',
      chefLieu: 'Grenoble',
      lat: 45.1787,
      lon: 5.7148,
    },
    {
      code: '69',
      name: 'Rhône',
      region: 'Auvergne-Rhône-Alpes',
      chefLieu: 'Lyon',
      lat: 45.7491,
      lon: 4.8479,
    },
    {
      code: '75',
      name: 'Paris',
      region: 'Île-de-France',
      chefLieu: 'Paris',
      lat: 48.8534,
      lon: 2.3488,
    },
  ],
};

export const needs: Need[] = [
  { id: 'email', kinds: ['email'], replaces: ['Gmail'] },
  { id: 'files', kinds: ['cloud'], replaces: ['Google Drive'] },
  { id: 'visio', kinds: ['visio'], replaces: ['Zoom'] },
  { id: 'pad', kinds: ['pad'], replaces: ['Google Docs'] },
  { id: 'calendar', kinds: ['calendar'], replaces: ['Google Agenda'] },
  { id: 'transfer', kinds: ['filesharing'], replaces: ['WeTransfer'] },
];

export const offer = (
  service: Offer['service'],
  registration: Offer['registration'],
  more: Partial<Offer> = {},
): Offer => ({
  service,
  software: null,
  url: null,
  registration,
  capacity: null,
  price: null,
  notes: null,
  ...more,
});

const city = (
  name: string,
  lat: number,
  lon: number,
): NonNullable<Hoster['location']['point']> => ({
  lat,
  lon,
  method: 'city',
  from: `test: ${name}`,
});

/** A member hoster about which nothing is known; tests override what matters. */
export function hoster(id: string, more: Partial<Hoster> = {}): Hoster {
  return {
    id,
    name: id,
    website: null,
    summary: null,
    structure: null,
    chatons: { status: 'member', since: null },
    location: {
      city: null,
      postcode: null,
      departement: null,
      country: null,
      area: null,
      areaNote: null,
      point: null,
    },
    audiences: [],
    pricing: { model: null, membershipEurPerYear: null, notes: null },
    support: { inPerson: null, workshops: null, notes: null },
    offers: [],
    sources: ['test fixture'],
    checked: '2026-11-26',
    confidence: 'medium',
    provenance: { importedFrom: 'test', importedOn: '2026-11-26' },
    ...more,
  };
}

/** Where a hoster is: city, département and, when given, a point. */
export const at = (
  cityName: string | null,
  departement: string | null,
  point: Hoster['location']['point'] = null,
): Hoster['location'] => ({
  city: cityName,
  postcode: null,
  departement,
  country: 'FR',
  area: null,
  areaNote: null,
  point,
});

/** The association next door for someone in Lyon: members only, 15 € a year, in-person help. */
export const assoLyon = hoster('asso-test-lyon', {
  name: 'Asso Test Lyon',
  structure: 'association',
  location: at('Lyon', '69', city('Lyon', 45.764, 4.8357)),
  audiences: ['individuals', 'associations'],
  pricing: { model: 'membership', membershipEurPerYear: 15, notes: null },
  support: { inPerson: true, workshops: true, notes: null },
  confidence: 'high',
  offers: [
    offer('email', 'member'),
    offer('visio', 'member'),
    offer('pad', 'none'),
    offer('cloud', 'member'),
  ],
});

/** A paid cooperative in Paris: customers only; one unknown offer at a "paid" hoster. */
export const coopParis = hoster('coop-test-paris', {
  name: 'Coop Test Paris',
  structure: 'cooperative',
  location: at('Paris', '75', city('Paris', 48.8566, 2.3522)),
  audiences: ['companies', 'associations'],
  pricing: { model: 'paid', membershipEurPerYear: null, notes: null },
  confidence: 'high',
  offers: [
    offer('email', 'client', { price: '3 € par mois' }),
    offer('visio', 'client'),
    offer('cloud', 'client'),
    offer('pad', null),
  ],
});

/** Free accounts in Grenoble, for individuals; a members-only calendar with no known price. */
export const assoGrenoble = hoster('asso-test-grenoble', {
  name: 'Asso Test Grenoble',
  structure: 'association',
  location: at('Grenoble', '38', city('Grenoble', 45.1885, 5.7245)),
  audiences: ['individuals'],
  pricing: { model: 'donation', membershipEurPerYear: null, notes: null },
  offers: [
    offer('email', 'free'),
    offer('visio', 'free'),
    offer('pad', 'none'),
    offer('cloud', 'free'),
    offer('calendar', 'member'),
  ],
});

/** Close to Lyon and attractive, but every service is full or closed. */
export const fullVilleurbanne = hoster('full-test-villeurbanne', {
  name: 'Full Test Villeurbanne',
  structure: 'association',
  location: at('Villeurbanne', '69', city('Villeurbanne', 45.7719, 4.8902)),
  audiences: ['individuals', 'associations'],
  support: { inPerson: true, workshops: true, notes: null },
  offers: [
    offer('email', 'free', { capacity: 'full' }),
    offer('visio', 'free', { capacity: 'closed' }),
    offer('pad', 'none', { capacity: 'full' }),
    offer('cloud', 'free', { capacity: 'full' }),
  ],
});

/** Everything free and next door, but no longer a CHATONS member. */
export const formerLyon = hoster('former-test-lyon', {
  name: 'Former Test Lyon',
  structure: 'association',
  chatons: { status: 'former', since: '2017' },
  location: at('Lyon', '69', city('Lyon', 45.764, 4.8357)),
  audiences: ['individuals', 'associations'],
  support: { inPerson: true, workshops: true, notes: null },
  offers: [
    offer('email', 'free'),
    offer('visio', 'free'),
    offer('pad', 'none'),
    offer('cloud', 'free'),
  ],
});

/** A member we know almost nothing about: no place, no sign-up rule, low confidence. */
export const mystery = hoster('mystery-test', {
  name: 'Mystery Test',
  confidence: 'low',
  offers: [offer('email', null), offer('visio', null), offer('pad', null)],
});

/** Marseille, placed only by its département; membership is free (0 €); pad sign-up unknown. */
export const assoMarseille = hoster('asso-test-marseille', {
  name: 'Asso Test Marseille',
  structure: 'association',
  location: at('Marseille', '13'),
  audiences: ['associations'],
  pricing: { model: 'membership', membershipEurPerYear: 0, notes: null },
  offers: [offer('email', 'member'), offer('visio', 'member'), offer('pad', null)],
});

/** One person, placed only by a postcode in the Ain (01), with no town given. */
export const soloAin = hoster('solo-test-ain', {
  name: 'Solo Test Ain',
  structure: 'individual',
  location: { ...at(null, null), postcode: '01000' },
  audiences: ['individuals'],
  offers: [offer('pad', 'none'), offer('filesharing', 'none'), offer('website', 'free')],
});

export const hosters: Hoster[] = [
  assoLyon,
  coopParis,
  assoGrenoble,
  fullVilleurbanne,
  formerLyon,
  mystery,
  assoMarseille,
  soloAin,
];

export const content: RecommendContent = { hosters, needs, places };

/** The same world with other hosters. */
export const withHosters = (list: Hoster[]): RecommendContent => ({ hosters: list, needs, places });

export const lyonPostcode: CompleteAnswers['place'] = {
  kind: 'postcode',
  code: '69003',
  departement: '69',
};

export const answers = (more: Partial<CompleteAnswers> = {}): CompleteAnswers => ({
  profile: 'individual',
  needs: ['email'],
  place: lyonPostcode,
  budget: 'unknown',
  ...more,
});

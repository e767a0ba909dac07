/**
 * How much of the hoster data is unknown, field by field: the honest
 * measure of what Boussole can say. A field is unknown when it is null
 * (or an empty list); offer fields are counted over all offers.
 */
import type { Hoster, Offer } from '../../src/content/schema';

export interface UnknownCount {
  field: string;
  unknown: number;
  total: number;
}

const hosterFields: Record<string, (h: Hoster) => unknown> = {
  website: (h) => h.website,
  summary: (h) => h.summary,
  structure: (h) => h.structure,
  'chatons.since': (h) => h.chatons.since,
  'location.city': (h) => h.location.city,
  'location.postcode': (h) => h.location.postcode,
  'location.departement': (h) => h.location.departement,
  'location.country': (h) => h.location.country,
  'location.area': (h) => h.location.area,
  'location.point': (h) => h.location.point,
  audiences: (h) => (h.audiences.length === 0 ? null : h.audiences),
  'pricing.model': (h) => h.pricing.model,
  'pricing.membershipEurPerYear': (h) => h.pricing.membershipEurPerYear,
  'pricing.notes': (h) => h.pricing.notes,
  'support.inPerson': (h) => h.support.inPerson,
  'support.workshops': (h) => h.support.workshops,
};

const offerFields = [
  'software',
  'url',
  'registration',
  'capacity',
  'price',
] as const satisfies readonly (keyof Offer)[];

export function unknownFields(hosters: readonly Hoster[]): UnknownCount[] {
  const offers = hosters.flatMap((h) => h.offers);
  return [
    ...Object.entries(hosterFields).map(([field, read]) => ({
      field,
      unknown: hosters.filter((h) => read(h) === null).length,
      total: hosters.length,
    })),
    ...offerFields.map((key) => ({
      field: `offers[].${key}`,
      unknown: offers.filter((o) => o[key] === null).length,
      total: offers.length,
    })),
  ];
}

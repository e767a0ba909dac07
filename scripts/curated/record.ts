/**
 * The shape of one curated record (../shared/data/hosters/SCHEMA.md), as the
 * importer reads it. Deliberately looser than the content schema: enums are
 * checked once, on the Hoster we build, so a bad value is reported with the
 * content field name people will see in `content:check`.
 */
import { z } from 'zod';

const text = z.string().nullable();

export const CuratedService = z.looseObject({
  kind: z.string(),
  software: text,
  url: text,
  registration: text,
  capacity: text,
  price: text,
  notes: text,
});
export type CuratedService = z.infer<typeof CuratedService>;

export const CuratedRecord = z.looseObject({
  slug: z.string(),
  name: z.string(),
  website: text,
  summary: text,
  structure: text,
  chatons: z.looseObject({ status: z.string(), since: text }),
  location: z.looseObject({
    city: text,
    postcode: text,
    departement: text,
    country: text,
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    area: text,
    areaNote: text,
  }),
  audiences: z.array(z.string()),
  pricing: z.looseObject({
    model: text,
    membershipEurPerYear: z.number().nullable(),
    notes: text,
  }),
  support: z.looseObject({
    inPerson: z.boolean().nullable(),
    workshops: z.boolean().nullable(),
    notes: text,
  }),
  services: z.array(CuratedService),
  sources: z.array(z.string()),
  checked: z.string(),
  confidence: z.string(),
});
export type CuratedRecord = z.infer<typeof CuratedRecord>;

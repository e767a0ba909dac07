/**
 * The shape of everything in `content/`. One schema per concept; every
 * content file is parsed with these, at build time (content:check) and at
 * load time, so a broken file is named with its field instead of breaking a
 * screen.
 */
import { z } from 'zod';
import { NeedId } from './needIds';

// zod compiles fast parsers with `new Function` after probing whether eval is
// allowed; under our strict Content-Security-Policy that probe is reported as
// a violation. Content is small: the plain parser is fast enough.
z.config({ jitless: true });

/** Kinds of service a hoster may run (same vocabulary as the curated records). */
export const serviceKinds = [
  'email',
  'cloud',
  'calendar',
  'office',
  'pad',
  'spreadsheet',
  'visio',
  'chat',
  'social',
  'video',
  'forms',
  'poll',
  'website',
  'mailinglist',
  'filesharing',
  'images',
  'urlshortener',
  'pastebin',
  'search',
  'rss',
  'git',
  'wiki',
  'project',
  'photos',
  'password',
  'maps',
  'association-management',
  'events',
  'audio',
  'other',
] as const;
export const ServiceKind = z.enum(serviceKinds);
export type ServiceKind = z.infer<typeof ServiceKind>;

/** ChatonsInfos `service.registration`: none = no account needed. */
export const Registration = z.enum(['none', 'free', 'member', 'client']);
export type Registration = z.infer<typeof Registration>;

export const Capacity = z.enum(['open', 'full', 'closed']);
export type Capacity = z.infer<typeof Capacity>;

export const Structure = z.enum([
  'association',
  'cooperative',
  'company',
  'microcompany',
  'individual',
  'informal',
  'public',
  'other',
]);
export type Structure = z.infer<typeof Structure>;

export const Audience = z.enum([
  'individuals',
  'associations',
  'companies',
  'collectives',
  'public-bodies',
  'students',
]);
export type Audience = z.infer<typeof Audience>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-11-26');
/** Only https links are ever shown to people. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

export const GeoPoint = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** How the point was obtained, so a reader knows how precise it is. */
  method: z.enum(['source', 'city', 'departement']),
  /** The gazetteer entry or département used, e.g. "GeoNames: Lyon (69)". */
  from: z.string().min(1),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

export const Offer = z.strictObject({
  service: ServiceKind,
  software: z.string().min(1).nullable(),
  url: httpsUrl.nullable(),
  registration: Registration.nullable(),
  capacity: Capacity.nullable(),
  price: z.string().min(1).nullable(),
  notes: z.string().min(1).nullable(),
});
export type Offer = z.infer<typeof Offer>;

/** One source merged into a hoster besides its main one, and what it gave. */
export const ProvenancePart = z.strictObject({
  /** e.g. "chatonsinfos:https://example.org/.well-known/chatonsinfos/service.properties" */
  source: z.string().min(1),
  /** The source's own date (ChatonsInfos `file.datetime`), null when it gives none. */
  date: isoDate.nullable(),
  /** Content fields it gave, e.g. "location.point", "offers[2]", "offers[0].capacity". */
  fields: z.array(z.string().min(1)).min(1),
});
export type ProvenancePart = z.infer<typeof ProvenancePart>;

export const Hoster = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lowercase letters, digits and dashes'),
  name: z.string().min(1).max(120),
  website: httpsUrl.nullable(),
  /** One or two plain French sentences (the records' own words). */
  summary: z.string().min(1).nullable(),
  structure: Structure.nullable(),
  chatons: z.strictObject({
    status: z.enum(['member', 'former', 'candidate', 'unknown']),
    since: z.string().nullable(),
  }),
  location: z.strictObject({
    city: z.string().min(1).nullable(),
    postcode: z.string().nullable(),
    departement: z.string().nullable(),
    country: z.string().length(2).nullable(),
    area: z.enum(['local', 'regional', 'national', 'francophone']).nullable(),
    areaNote: z.string().nullable(),
    point: GeoPoint.nullable(),
  }),
  audiences: z.array(Audience),
  pricing: z.strictObject({
    model: z.enum(['free', 'donation', 'membership', 'paid', 'mixed']).nullable(),
    membershipEurPerYear: z.number().nonnegative().nullable(),
    notes: z.string().nullable(),
  }),
  support: z.strictObject({
    inPerson: z.boolean().nullable(),
    workshops: z.boolean().nullable(),
    notes: z.string().nullable(),
  }),
  offers: z.array(Offer),
  /** Every address read for this record (web addresses or a plain description). */
  sources: z.array(z.string().min(1)).min(1, 'a hoster needs at least one source'),
  checked: isoDate,
  confidence: z.enum(['high', 'medium', 'low']),
  /** Where this file came from, written by the importer. */
  provenance: z.strictObject({
    importedFrom: z.string().min(1),
    importedOn: isoDate,
    /**
     * Other sources merged into this record (e.g. ChatonsInfos files merged
     * into a curated record), each with the fields it gave. Every field not
     * listed here comes from `importedFrom`. Absent when there is none.
     */
    alsoFrom: z.array(ProvenancePart).min(1).optional(),
  }),
});
export type Hoster = z.infer<typeof Hoster>;

// Answers carry need ids too, so they live in a module the browser can load
// without these schemas (needIds.ts); re-exported for the content tooling.
export { NeedId, needIds } from './needIds';

/**
 * One line of an icon, drawn by us on a 24×24 grid: SVG path commands and
 * numbers only, so a content file can never carry markup or a link.
 */
export const IconPath = z
  .string()
  .regex(
    /^[Mm][MmLlHhVvCcSsQqTtAaZz0-9 .,-]*$/,
    'expected SVG path commands (M, L, C, A, Z…) and numbers',
  );

export const Need = z.strictObject({
  id: NeedId,
  /** Service kinds that answer this need; any one of them is enough. */
  kinds: z.array(ServiceKind).min(1),
  /** Everyday products this replaces (brand names, not translated). */
  replaces: z.array(z.string().min(1)),
  /**
   * Words people type for this need besides its name and products
   * ("visio", "cloud", "courriel"): in both languages, for the search only.
   */
  keywords: z.array(z.string().min(1)).optional(),
  /** The usual free software (names from content/software-map.json). */
  software: z.array(z.string().min(1)).min(1).optional(),
  /** Whether this is usually used without opening an account (a pad, a poll…). */
  noAccount: z.boolean().optional(),
  /** Our own drawing, shown beside the name (never a brand logo). */
  icon: z.array(IconPath).min(1).optional(),
});
export type Need = z.infer<typeof Need>;

/**
 * The catalogue file must describe every need completely; the optional
 * fields above only let code and tests build a bare need for the recommender.
 */
export const NeedCatalogue = z.strictObject({
  needs: z
    .array(Need.required({ keywords: true, software: true, noAccount: true, icon: true }))
    .min(1),
});
export type NeedCatalogue = z.infer<typeof NeedCatalogue>;

/**
 * Every criterion the app explains (content/criteria.json). The first six
 * are the star graph's (src/recommend/criteria.ts); the others are the
 * charter's commitments and practical facts shown on a hoster's page.
 */
export const criterionKeys = [
  'services',
  'proximity',
  'signup',
  'price',
  'information',
  'longevity',
  'freeSoftware',
  'noTracking',
  'noResale',
  'transparency',
  'neutrality',
  'leaving',
  'solidarity',
  'inPerson',
  'structure',
  'capacity',
  'servers',
] as const;
export const CriterionKey = z.enum(criterionKeys);
export type CriterionKey = z.infer<typeof CriterionKey>;

export const CriterionEntry = z.strictObject({
  id: CriterionKey,
  /** graph: drawn in the star graph; charter: signed by every member; practical: a fact. */
  group: z.enum(['graph', 'charter', 'practical']),
  /**
   * How we know it for one hoster: its record, the charter every member
   * signs, or nowhere in our data (then the page says to ask them).
   */
  source: z.enum(['record', 'charter', 'ask']),
});
export type CriterionEntry = z.infer<typeof CriterionEntry>;

export const CriteriaCatalogue = z.strictObject({
  about: z.string().min(1).optional(),
  criteria: z.array(CriterionEntry).min(1),
});

export const Departement = z.strictObject({
  code: z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'expected a département code like 69, 2A or 974'),
  name: z.string().min(1),
  region: z.string().min(1),
  /** The prefecture town: people often type "Lyon" rather than "Rhône". */
  chefLieu: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Departement = z.infer<typeof Departement>;

export const PlaceCatalogue = z.strictObject({
  credit: z.string().min(1),
  departements: z.array(Departement).min(1),
});
export type PlaceCatalogue = z.infer<typeof PlaceCatalogue>;

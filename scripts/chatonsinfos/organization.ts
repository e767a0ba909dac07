/**
 * One ChatonsInfos organization (its file and its services' files) → a
 * record in the curated records' shape, so that the curated import's checks,
 * geocoding and report apply to it unchanged. Values are read, never
 * completed: what a file does not say stays null.
 */
import type { SoftwareLookup } from '../../src/content/softwareMapSchema';
import type { Derived } from '../curated/locate';
import type { CuratedRecord, CuratedService } from '../curated/record';
import type { CrawledOrganization, ReadFile } from './crawl';
import type { Fields } from './values';

export interface ServiceOrigin {
  file: ReadFile;
  /** The service file's date, or else its organization's. */
  date: string | null;
}

export interface SkippedService {
  file: string;
  reason: string;
}

export interface UnknownSoftware {
  /** As written in `software.name`; null when the file names none. */
  name: string | null;
  file: string;
}

export interface CiOrganization {
  subsId: string | null;
  /** Hoster id it would get on its own. */
  id: string;
  file: ReadFile;
  /** The organization file's date (`file.datetime`). */
  date: string | null;
  /** Set when the organization is paused, gone or no longer a member. */
  inactive: string | null;
  record: CuratedRecord;
  /** Which file gave each of record.services (same order). */
  serviceOrigins: ServiceOrigin[];
  derived: Derived[];
  skippedServices: SkippedService[];
  unknownSoftware: UnknownSoftware[];
}

export type OrganizationOutcome =
  | { kind: 'read'; org: CiOrganization }
  | { kind: 'invalid'; file: ReadFile; subsId: string | null; reason: string };

export const structures: Record<string, NonNullable<CuratedRecord['structure']>> = {
  ASSOCIATION: 'association',
  INFORMAL: 'informal',
  COOPERATIVE: 'cooperative',
  MICROCOMPANY: 'microcompany',
  COMPANY: 'company',
  INDIVIDUAL: 'individual',
  OTHER: 'other',
};

const levels = { ACTIVE: 'ACTIVE', IDLE: 'IDLE', AWAY: 'AWAY' } as const;
const levelWords = { IDLE: 'paused', AWAY: 'inactive' } as const;

const registrations = { None: 'none', Free: 'free', Member: 'member', Client: 'client' } as const;
/** Most open first: a service usable without an account is usable by anyone. */
const openness = ['none', 'free', 'member', 'client'] as const;

const loads = { OPEN: 'open', FULL: 'full' } as const;

/** Country names seen instead of a code, for the French-speaking areas CHATONS serve. */
const countryNames: Record<string, string> = {
  france: 'FR',
  belgique: 'BE',
  belgium: 'BE',
  suisse: 'CH',
  switzerland: 'CH',
  luxembourg: 'LU',
  canada: 'CA',
};

const confidence = 'medium';

export interface MapContext {
  software: SoftwareLookup;
  /** YYYY-MM-DD: end dates up to today are past; files without a date are dated today. */
  today: string;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function mapOrganization(
  crawled: CrawledOrganization,
  ctx: MapContext,
): OrganizationOutcome {
  const { file, subsId, federation } = crawled;
  const f = file.fields;
  const name = f.text('organization.name');
  if (name === null) {
    return { kind: 'invalid', file, subsId, reason: 'no organization.name' };
  }
  const id = slugify(subsId ?? '') || slugify(name);
  if (id === '') {
    return { kind: 'invalid', file, subsId, reason: `no usable id in "${name}"` };
  }
  const derived: Derived[] = [];

  // Membership: the member's own word first, then the federation listing it.
  const memberLevel = f.choice('organization.memberof.chatons.status.level', levels);
  const listedByChatons =
    federation !== null &&
    (federation.fields.text('federation.name') ?? '').trim().toUpperCase() === 'CHATONS';
  let status: CuratedRecord['chatons']['status'] = 'unknown';
  if (memberLevel === 'ACTIVE') {
    status = 'member';
  } else if (memberLevel === null && listedByChatons) {
    status = 'member';
    derived.push({
      field: 'chatons.status',
      value: 'member',
      how: `listed by the CHATONS federation file ${federation.label}`,
    });
  }

  const location = readLocation(f, derived);
  const services: CuratedService[] = [];
  const serviceOrigins: ServiceOrigin[] = [];
  const skippedServices: SkippedService[] = [];
  const unknownSoftware: UnknownSoftware[] = [];
  const date = file.date;
  for (const { file: serviceFile } of crawled.services) {
    const read = readService(serviceFile, ctx);
    if (read.kind === 'skipped') {
      skippedServices.push({ file: serviceFile.label, reason: read.reason });
      if (read.unknown) unknownSoftware.push({ name: read.software, file: serviceFile.label });
      continue;
    }
    for (const service of read.services) {
      services.push(service);
      serviceOrigins.push({ file: serviceFile, date: serviceFile.date ?? date });
    }
  }

  const serviceDates = serviceOrigins.map((o) => o.date).filter((d) => d !== null);
  const checked = date ?? serviceDates.sort().at(-1) ?? ctx.today;
  if (date === null) {
    derived.push({
      field: 'checked',
      value: checked,
      how:
        checked === ctx.today
          ? 'no file.datetime in the organization or its services: the import date'
          : 'no file.datetime in the organization file: its newest service file',
    });
  }
  const startdate = f.date('organization.memberof.chatons.startdate');
  const record: CuratedRecord = {
    slug: id,
    name,
    website: f.https('organization.website'),
    summary: f.text('organization.description'),
    structure: f.choice('organization.type', structures),
    chatons: { status, since: startdate?.slice(0, 4) ?? null },
    location,
    audiences: [],
    pricing: { model: null, membershipEurPerYear: null, notes: null },
    support: { inPerson: null, workshops: null, notes: null },
    services,
    sources: unique([file.address, ...serviceOrigins.map((o) => o.file.address)]),
    checked,
    confidence,
  };
  return {
    kind: 'read',
    org: {
      subsId,
      id,
      file,
      date,
      inactive: inactiveReason(f, memberLevel, ctx.today),
      record,
      serviceOrigins,
      derived,
      skippedServices,
      unknownSoftware,
    },
  };
}

function inactiveReason(
  f: Fields,
  memberLevel: keyof typeof levels | null,
  today: string,
): string | null {
  const orgLevel = f.choice('organization.status.level', levels);
  if (orgLevel === 'IDLE' || orgLevel === 'AWAY') {
    return `organization.status.level is ${orgLevel} (${levelWords[orgLevel]})`;
  }
  if (memberLevel === 'IDLE' || memberLevel === 'AWAY') {
    return `organization.memberof.chatons.status.level is ${memberLevel} (${levelWords[memberLevel]})`;
  }
  const ended = f.date('organization.enddate');
  if (ended !== null && ended <= today) return `organization.enddate is ${ended} (closed)`;
  const left = f.date('organization.memberof.chatons.enddate');
  if (left !== null && left <= today) {
    return `organization.memberof.chatons.enddate is ${left} (left CHATONS)`;
  }
  return null;
}

/** Coordinates as published; town and postcode only when the address states them plainly. */
function readLocation(f: Fields, derived: Derived[]): CuratedRecord['location'] {
  let country: string | null = null;
  const code = f.text('organization.country.code');
  if (code !== null) {
    if (/^[A-Za-z]{2}$/.test(code)) country = code.toUpperCase();
    else
      f.report(
        'organization.country.code',
        `organization.country.code "${code}" is not a two-letter code`,
      );
  }
  const countryName = f.text('organization.country.name');
  if (country === null && countryName !== null) {
    const fromName = countryNames[countryName.trim().toLowerCase()];
    if (fromName !== undefined) {
      country = fromName;
      derived.push({
        field: 'location.country',
        value: fromName,
        how: `country name "${countryName}"`,
      });
    }
  }

  let lat = f.degrees('organization.geolocation.latitude', 90);
  let lon = f.degrees('organization.geolocation.longitude', 180);
  if ((lat === null) !== (lon === null)) {
    const [missing, present] =
      lat === null ? (['latitude', 'longitude'] as const) : (['longitude', 'latitude'] as const);
    f.report(
      `organization.geolocation.${present}`,
      `organization.geolocation.${present} without a usable ${missing}: coordinates left out`,
    );
    lat = null;
    lon = null;
  } else if (lat === 0 && lon === 0) {
    f.report('organization.geolocation.latitude', 'coordinates 0, 0 are a placeholder: left out');
    lat = null;
    lon = null;
  }

  let city: string | null = null;
  let postcode: string | null = null;
  const address = f.text('organization.geolocation.address');
  if (address !== null && (country === null || country === 'FR')) {
    // "12 rue des Lilas, 69003 Lyon": a French postcode followed by the town.
    const match = /(?:^|[\s,])(\d{5})\s+([^\d,;()]+?)(?:\s+cedex\b.*)?\s*(?:[,;(]|$)/i.exec(
      address,
    );
    if (match?.[1] !== undefined && match[2] !== undefined) {
      postcode = match[1];
      city = match[2].trim();
      derived.push({ field: 'location.postcode', value: postcode, how: `address "${address}"` });
      derived.push({ field: 'location.city', value: city, how: `address "${address}"` });
    }
  }
  return {
    city,
    postcode,
    departement: null,
    country,
    lat,
    lon,
    area: null,
    areaNote: null,
  };
}

type ServiceRead =
  | { kind: 'read'; services: CuratedService[] }
  | { kind: 'skipped'; reason: string; unknown: boolean; software: string | null };

function readService(file: ReadFile, ctx: MapContext): ServiceRead {
  const f = file.fields;
  const ended = f.date('service.enddate');
  if (ended !== null && ended <= ctx.today) {
    return {
      kind: 'skipped',
      reason: `service.enddate is ${ended} (closed)`,
      unknown: false,
      software: null,
    };
  }
  const software = f.text('software.name');
  if (software === null) {
    return { kind: 'skipped', reason: 'no software.name', unknown: true, software: null };
  }
  const entry = ctx.software(software);
  if (entry === null) {
    return {
      kind: 'skipped',
      reason: `software "${software}" is not in content/software-map.json`,
      unknown: true,
      software,
    };
  }
  const allowed = f.choices('service.registration', registrations);
  const registration = openness.find((r) => allowed.includes(r)) ?? null;
  const capacity = f.choice('service.registration.load', loads);
  const url = f.https('service.website');
  return {
    kind: 'read',
    services: entry.kinds.map((kind) => ({
      kind,
      software,
      url,
      registration,
      capacity,
      price: null,
      notes: null,
    })),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * One curated record → one Hoster, or the reason it is left out. Facts are
 * copied, never completed: a value we cannot vouch for becomes null and is
 * listed in the import report.
 */
import { Hoster, type GeoPoint } from '../../src/content/schema';
import { errorsFromZod } from '../../src/content/validate';
import { locate, type Derived, type LocateContext } from './locate';
import { CuratedRecord } from './record';

export interface DroppedLink {
  field: string;
  value: string;
}

export interface Geocoding {
  method: GeoPoint['method'] | null;
  from: string | null;
  note: string | null;
}

export type MapOutcome =
  | { kind: 'skipped'; file: string; slug: string | null; reason: string }
  | {
      kind: 'imported';
      file: string;
      hoster: Hoster;
      geocoding: Geocoding;
      droppedLinks: DroppedLink[];
      derived: Derived[];
    };

/** Only https links are ever rendered, so other schemes are dropped here. */
function httpsOrNull(url: string | null, field: string, dropped: DroppedLink[]): string | null {
  if (url === null || Hoster.shape.website.safeParse(url).success) return url;
  dropped.push({ field, value: url });
  return null;
}

export interface MapOptions {
  /** provenance.importedFrom; `curated:<file>` unless another source made the record. */
  origin?: string;
  /** Where the record's lat/lon were read, for the point's `from` (default: origin). */
  coordinatesFrom?: string;
}

export function mapRecord(
  file: string,
  raw: unknown,
  ctx: LocateContext,
  options: MapOptions = {},
): MapOutcome {
  const origin = options.origin ?? `curated:${file}`;
  const parsed = CuratedRecord.safeParse(raw);
  const slugOf = (value: unknown): string | null =>
    typeof value === 'object' && value !== null && 'slug' in value && typeof value.slug === 'string'
      ? value.slug
      : null;
  if (!parsed.success) {
    const reason = `not a curated record: ${errorsFromZod(file, parsed.error)
      .map((e) => `${e.field || '(file)'}: ${e.problem}`)
      .join('; ')}`;
    return { kind: 'skipped', file, slug: slugOf(raw), reason };
  }
  const record = parsed.data;
  const skip = (reason: string): MapOutcome => ({
    kind: 'skipped',
    file,
    slug: record.slug,
    reason,
  });
  // Boussole recommends members only (README of the curated records).
  if (record.chatons.status !== 'member') {
    return skip(`chatons.status is "${record.chatons.status}", not "member"`);
  }
  if (record.services.length === 0) return skip('member with no known service');

  const droppedLinks: DroppedLink[] = [];
  const where = locate(record.location, file, ctx, options.coordinatesFrom ?? origin);
  const candidate = {
    id: record.slug,
    name: record.name,
    website: httpsOrNull(record.website, 'website', droppedLinks),
    summary: record.summary,
    structure: record.structure,
    chatons: { status: record.chatons.status, since: record.chatons.since },
    location: {
      city: record.location.city,
      postcode: record.location.postcode,
      departement: where.departement,
      country: where.country,
      area: record.location.area,
      areaNote: record.location.areaNote,
      point: where.point,
    },
    audiences: record.audiences,
    pricing: {
      model: record.pricing.model,
      membershipEurPerYear: record.pricing.membershipEurPerYear,
      notes: record.pricing.notes,
    },
    support: {
      inPerson: record.support.inPerson,
      workshops: record.support.workshops,
      notes: record.support.notes,
    },
    offers: record.services.map((service, index) => ({
      service: service.kind,
      software: service.software,
      url: httpsOrNull(service.url, `offers[${index}].url`, droppedLinks),
      registration: service.registration,
      capacity: service.capacity,
      price: service.price,
      notes: service.notes,
    })),
    sources: record.sources,
    checked: record.checked,
    confidence: record.confidence,
    // The record's own date, not today's, so that re-running gives no diff.
    provenance: { importedFrom: origin, importedOn: record.checked },
  };
  const checked = Hoster.safeParse(candidate, { reportInput: true });
  if (!checked.success) {
    const problems = errorsFromZod(file, checked.error)
      .map((e) => `${e.field}: ${e.problem}`)
      .join('; ');
    return skip(`does not match the Hoster schema: ${problems}`);
  }
  return {
    kind: 'imported',
    file,
    hoster: checked.data,
    geocoding: {
      method: where.point?.method ?? null,
      from: where.point?.from ?? null,
      note: where.note,
    },
    droppedLinks,
    derived: where.derived,
  };
}

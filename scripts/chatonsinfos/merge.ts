/**
 * Curated record + ChatonsInfos organization → one record. The curated
 * record wins: ChatonsInfos only fills what it leaves unknown (null, or a
 * chatons.status of "unknown") and adds the services it does not list.
 * Two exceptions, because they change over time: capacity (open/full) and
 * status (still active, still a member) come from ChatonsInfos when its file
 * is dated after the curated record's `checked`. Every value taken is listed
 * with its file, for provenance.alsoFrom.
 */
import { softwareKey } from '../../src/content/softwareMapSchema';
import type { CuratedRecord, CuratedService } from '../curated/record';
import type { CiOrganization } from './organization';

export interface Contribution {
  /** "chatonsinfos:<address>" */
  source: string;
  date: string | null;
  /** Content field, e.g. "location.point", "offers[3]", "offers[0].capacity". */
  field: string;
}

export type MergeOutcome =
  | {
      kind: 'merged';
      record: CuratedRecord;
      contributions: Contribution[];
      /** Values ChatonsInfos gave but the curated record kept its own, and why. */
      notes: string[];
      /** Set when lat/lon come from ChatonsInfos. */
      coordinatesFrom: string | null;
    }
  /** ChatonsInfos, newer, says the hoster is no longer active: it is left out. */
  | { kind: 'dropped'; reason: string }
  /** ChatonsInfos, older, says inactive: the curated record stands alone. */
  | { kind: 'kept'; reason: string };

export const origin = (address: string): string => `chatonsinfos:${address}`;

const compact = (text: string): string => softwareKey(text);

function host(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export interface CuratedCandidate {
  file: string;
  record: CuratedRecord;
}

/** The curated record of the same hoster: by id, then website, then name. */
export function findCurated(
  ci: CiOrganization,
  curated: CuratedCandidate[],
): { candidate: CuratedCandidate; how: string } | null {
  const ids = [ci.subsId, ci.id].filter((x) => x !== null).map(compact);
  const byId = curated.find((c) => ids.includes(compact(c.record.slug)));
  if (byId) return { candidate: byId, how: `id "${byId.record.slug}"` };
  const site = host(ci.record.website);
  const bySite = site === null ? undefined : curated.find((c) => host(c.record.website) === site);
  if (bySite) return { candidate: bySite, how: `website ${site ?? ''}` };
  const name = compact(ci.record.name);
  const byName = curated.find((c) => compact(c.record.name) === name);
  if (byName) return { candidate: byName, how: `name "${byName.record.name}"` };
  return null;
}

export function mergeRecords(curated: CuratedRecord, ci: CiOrganization): MergeOutcome {
  const orgSource = origin(ci.file.address);
  const newer = (date: string | null): boolean => date !== null && date > curated.checked;
  const dated = (date: string | null): string =>
    `${date ?? 'undated'} vs curated checked ${curated.checked}`;

  if (ci.inactive !== null) {
    const why = `${ci.file.label} says ${ci.inactive}`;
    return newer(ci.date)
      ? { kind: 'dropped', reason: `${why}, and is newer (${dated(ci.date)})` }
      : { kind: 'kept', reason: `${why}, but is not newer (${dated(ci.date)}): curated kept` };
  }

  const contributions: Contribution[] = [];
  const notes: string[] = [];
  const give = (field: string, source = orgSource, date = ci.date): void => {
    contributions.push({ source, date, field });
  };
  const c = curated;
  const i = ci.record;
  const fill = <T extends string>(
    mine: T | null,
    theirs: T | null,
    field: string,
    same = (a: T, b: T): boolean => a === b,
  ): T | null => {
    if (theirs === null) return mine;
    if (mine === null) {
      give(field);
      return theirs;
    }
    if (!same(mine, theirs)) notes.push(`${field} "${theirs}" not taken: curated has "${mine}"`);
    return mine;
  };

  // Status: "unknown" is no value; a known curated status yields to a newer file only.
  let status = c.chatons.status;
  if (i.chatons.status !== 'unknown' && i.chatons.status !== status) {
    if (status === 'unknown' || newer(ci.date)) {
      status = i.chatons.status;
      give('chatons.status');
    } else {
      notes.push(`chatons.status "${i.chatons.status}" not taken: ${dated(ci.date)}`);
    }
  }

  let { lat, lon } = c.location;
  let coordinatesFrom: string | null = null;
  if (lat === null && lon === null && i.location.lat !== null && i.location.lon !== null) {
    lat = i.location.lat;
    lon = i.location.lon;
    coordinatesFrom = orgSource;
    give('location.point');
  }

  const { services, serviceNotes } = mergeServices(c, ci, contributions, newer, dated);
  notes.push(...serviceNotes);

  const record: CuratedRecord = {
    ...c,
    website: fill(c.website, i.website, 'website', (a, b) => host(a) === host(b)),
    summary: fill(c.summary, i.summary, 'summary'),
    structure: fill(c.structure, i.structure, 'structure'),
    chatons: { status, since: fill(c.chatons.since, i.chatons.since, 'chatons.since') },
    location: {
      ...c.location,
      city: fill(c.location.city, i.location.city, 'location.city'),
      postcode: fill(c.location.postcode, i.location.postcode, 'location.postcode'),
      country: fill(c.location.country, i.location.country, 'location.country'),
      lat,
      lon,
    },
    services,
    sources:
      contributions.length === 0
        ? c.sources
        : [
            ...new Set([
              ...c.sources,
              ...contributions.map((x) => x.source.slice('chatonsinfos:'.length)),
            ]),
          ],
  };
  return { kind: 'merged', record, contributions, notes, coordinatesFrom };
}

function mergeServices(
  curated: CuratedRecord,
  ci: CiOrganization,
  contributions: Contribution[],
  newer: (date: string | null) => boolean,
  dated: (date: string | null) => string,
): { services: CuratedService[]; serviceNotes: string[] } {
  const services = curated.services.map((s) => ({ ...s }));
  const serviceNotes: string[] = [];
  const matched = new Set<number>();
  /** Kinds the curated record gives this software at this address (or at no stated one). */
  const curatedKinds = (theirs: CuratedService): string[] =>
    curated.services
      .filter(
        (s) =>
          s.software !== null &&
          theirs.software !== null &&
          compact(s.software) === compact(theirs.software) &&
          (host(s.url) === null || host(theirs.url) === null || host(s.url) === host(theirs.url)),
      )
      .map((s) => s.kind);

  ci.record.services.forEach((theirs, n) => {
    const from = ci.serviceOrigins[n];
    if (from === undefined) return;
    const source = origin(from.file.address);
    const give = (field: string): void => {
      contributions.push({ source, date: from.date, field });
    };
    const index = bestMatch(services, theirs, matched);
    if (index === null) {
      // The curated record already says what this software does there: keep its kinds.
      const kinds = curatedKinds(theirs);
      if (kinds.length > 0) {
        serviceNotes.push(
          `${theirs.kind} (${theirs.software ?? ''}) not added: the curated record lists ${theirs.software ?? ''} as ${kinds.join(', ')} only`,
        );
        return;
      }
      give(`offers[${services.length}]`);
      matched.add(services.length);
      services.push({ ...theirs });
      return;
    }
    matched.add(index);
    const mine = services[index];
    if (mine === undefined) return;
    for (const field of ['software', 'url', 'registration'] as const) {
      if (mine[field] === null && theirs[field] !== null) {
        mine[field] = theirs[field];
        give(`offers[${index}].${field}`);
      }
    }
    if (theirs.capacity !== null && theirs.capacity !== mine.capacity) {
      if (mine.capacity === null || newer(from.date)) {
        mine.capacity = theirs.capacity;
        give(`offers[${index}].capacity`);
      } else {
        serviceNotes.push(
          `offers[${index}].capacity "${theirs.capacity}" not taken: ${dated(from.date)}`,
        );
      }
    }
  });
  return { services, serviceNotes };
}

/**
 * The curated offer a ChatonsInfos service describes: same kind, and the
 * same address, the same software, or a curated offer that names neither.
 */
function bestMatch(
  services: CuratedService[],
  theirs: CuratedService,
  matched: Set<number>,
): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (const [index, mine] of services.entries()) {
    if (matched.has(index) || mine.kind !== theirs.kind) continue;
    const mineHost = host(mine.url);
    const theirHost = host(theirs.url);
    // Two known, different addresses are two instances, whatever their software.
    if (mineHost !== null && theirHost !== null && mineHost !== theirHost) continue;
    const sameSoftware =
      mine.software !== null &&
      theirs.software !== null &&
      compact(mine.software) === compact(theirs.software);
    const vague = mine.software === null && mine.url === null;
    const score =
      mineHost !== null && mineHost === theirHost ? 3 : sameSoftware ? 2 : vague ? 1 : 0;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

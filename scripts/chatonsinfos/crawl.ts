/**
 * Follows a ChatonsInfos tree: federation → organizations → services, each
 * level listing the next with `subs.<id> = <address>`. Every file that
 * cannot be read, parsed or placed is reported and the walk goes on.
 */
import { parseProperties, type Encoding } from './properties';
import {
  locationAddress,
  locationKey,
  locationLabel,
  type Location,
  type Resolved,
  type Sources,
} from './sources';
import { Fields, type FileProblem } from './values';

export type FileClass = 'federation' | 'organization' | 'service' | 'device';

const classes: Record<string, FileClass> = {
  Federation: 'federation',
  Organization: 'organization',
  Service: 'service',
  Device: 'device',
};

export interface ReadFile {
  location: Location;
  /** How the report names it (address or path from the working folder). */
  label: string;
  /** Its public address (or path), for hoster sources and provenance. */
  address: string;
  fields: Fields;
  encoding: Encoding;
  /** `file.datetime`, as a day. */
  date: string | null;
}

export interface CrawledService {
  subsId: string;
  file: ReadFile;
}

export interface CrawledOrganization {
  /** The `<id>` of the federation's `subs.<id>`; null for an organization read on its own. */
  subsId: string | null;
  file: ReadFile;
  /** The federation file that lists it, if any. */
  federation: ReadFile | null;
  services: CrawledService[];
}

export interface SkippedFile {
  /** The file (or the subs value when it could not be found). */
  file: string;
  /** The file that listed it and the key, e.g. "federation.properties subs.foo". */
  listedBy: string | null;
  level: 'organization' | 'service' | 'root';
  reason: string;
}

export interface CrawlResult {
  federations: ReadFile[];
  organizations: CrawledOrganization[];
  skipped: SkippedFile[];
  problems: FileProblem[];
  /** Every file read and parsed. */
  files: ReadFile[];
  /** Addresses of organization files that could not be read this time. */
  unreachable: string[];
}

type Loaded = { ok: true; file: ReadFile; cls: FileClass | null } | { ok: false; reason: string };

export async function crawl(sources: Sources): Promise<CrawlResult> {
  const result: CrawlResult = {
    federations: [],
    organizations: [],
    skipped: [],
    problems: [],
    files: [],
    unreachable: [],
  };
  /** Location key → who listed it first. */
  const visited = new Map<string, string>();

  const load = async (location: Location, listedBy: string): Promise<Loaded> => {
    const key = locationKey(location);
    const first = visited.get(key);
    if (first !== undefined) return { ok: false, reason: `already read (listed by ${first})` };
    const label = locationLabel(location);
    visited.set(key, listedBy);
    const read = await sources.read(location);
    if (!read.ok) return { ok: false, reason: read.problem };
    const props = parseProperties(read.bytes);
    for (const p of props.problems) result.problems.push({ file: label, ...p });
    const fields = new Fields(label, props, result.problems);
    const file: ReadFile = {
      location,
      label,
      address: locationAddress(location),
      fields,
      encoding: props.encoding,
      date: fields.date('file.datetime'),
    };
    result.files.push(file);
    return { ok: true, file, cls: fileClass(fields) };
  };

  /** Loads one `subs.*` entry of `parent` and checks it is of the expected class. */
  const follow = async (
    parent: ReadFile,
    sub: { key: string; id: string; value: string },
    level: 'organization' | 'service',
  ): Promise<ReadFile | null> => {
    const listedBy = `${parent.label} ${sub.key}`;
    let resolved: Resolved;
    try {
      resolved = sources.resolve(sub.value, parent.location);
    } catch (error) {
      // e.g. a malformed %-escape in an address: this subs only is lost.
      resolved = { ok: false, problem: `cannot be followed: ${String(error)}` };
    }
    if (!resolved.ok) {
      result.skipped.push({ file: sub.value, listedBy, level, reason: resolved.problem });
      return null;
    }
    const loaded = await load(resolved.location, listedBy);
    if (!loaded.ok) {
      result.skipped.push({
        file: locationLabel(resolved.location),
        listedBy,
        level,
        reason: loaded.reason,
      });
      if (level === 'organization') result.unreachable.push(locationAddress(resolved.location));
      return null;
    }
    if (loaded.cls !== null && loaded.cls !== level) {
      result.skipped.push({
        file: loaded.file.label,
        listedBy,
        level,
        reason: `file.class is ${loaded.file.fields.text('file.class') ?? ''}, not ${capitalized(level)}`,
      });
      return null;
    }
    return loaded.file;
  };

  const organization = async (
    file: ReadFile,
    subsId: string | null,
    federation: ReadFile | null,
  ): Promise<CrawledOrganization> => {
    const subs = file.fields.keysUnder('subs.');
    const services = await Promise.all(subs.map((sub) => follow(file, sub, 'service')));
    return {
      subsId,
      file,
      federation,
      services: services.flatMap((service, i) =>
        service === null ? [] : [{ subsId: subs[i]?.id ?? '', file: service }],
      ),
    };
  };

  // A folder starts with its federation files, or else its organization
  // files; a single file starts with itself.
  let roots = sources.roots;
  if (roots.length > 1) {
    const peeked = await Promise.all(roots.map((root) => peekClass(sources, root)));
    const federation = peeked.includes('federation');
    roots = roots.filter((_, i) => peeked[i] === (federation ? 'federation' : 'organization'));
  }
  const loadedRoots = (await Promise.all(roots.map((root) => load(root, 'the command line'))))
    .map((loaded, i) => ({ loaded, location: roots[i] }))
    .flatMap(({ loaded, location }) => {
      if (!loaded.ok) {
        const file = location === undefined ? '' : locationLabel(location);
        result.skipped.push({ file, listedBy: null, level: 'root', reason: loaded.reason });
        return [];
      }
      if (loaded.cls === 'federation' || loaded.cls === 'organization') {
        return [{ file: loaded.file, cls: loaded.cls }];
      }
      result.skipped.push({
        file: loaded.file.label,
        listedBy: null,
        level: 'root',
        reason:
          loaded.cls === null
            ? 'no file.class, and no key says whether it is a federation, organization or service'
            : `a ${loaded.cls} file cannot start an import (give a federation or organization file)`,
      });
      return [];
    });

  const federations = loadedRoots.filter((r) => r.cls === 'federation').map((r) => r.file);
  result.federations = federations;
  for (const root of loadedRoots) {
    if (root.cls === 'organization') {
      result.organizations.push(await organization(root.file, null, null));
    }
  }
  for (const federation of federations) {
    const subs = federation.fields.keysUnder('subs.');
    const orgs = await Promise.all(
      subs.map(async (sub) => {
        const file = await follow(federation, sub, 'organization');
        return file === null ? null : organization(file, sub.id, federation);
      }),
    );
    for (const org of orgs) if (org !== null) result.organizations.push(org);
  }
  // Files are fetched in parallel: report in a stable order.
  result.skipped.sort((a, b) => compareText(a.file, b.file));
  return result;
}

/** The class of a file, read without reporting anything (to pick a folder's roots). */
async function peekClass(sources: Sources, location: Location): Promise<FileClass | null> {
  const read = await sources.read(location);
  if (!read.ok) return null;
  const fields = new Fields(locationLabel(location), parseProperties(read.bytes), []);
  return fileClass(fields);
}

/** `file.class`, or what the file's own keys say when it has none (reported). */
function fileClass(fields: Fields): FileClass | null {
  const declared = fields.text('file.class');
  if (declared !== null) {
    const cls = Object.entries(classes).find(
      ([name]) => name.toLowerCase() === declared.toLowerCase(),
    )?.[1];
    if (cls !== undefined) return cls;
    fields.report(
      'file.class',
      `file.class "${declared}" is not one of ${Object.keys(classes).join(', ')}`,
    );
  }
  const guessed = fields.has('federation.name')
    ? 'federation'
    : fields.has('organization.name')
      ? 'organization'
      : fields.has('service.name') || fields.has('software.name')
        ? 'service'
        : null;
  if (declared === null && guessed !== null) {
    fields.report(null, `no file.class; read as ${capitalized(guessed)} from its keys`);
  }
  return guessed;
}

function capitalized(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The ChatonsInfos import: crawl the files, read each organization, merge it
 * with its curated record (or import it on its own), then write content/
 * like the curated import does, plus chatonsinfos-report.md. The decisions
 * are in organization.ts (reading) and merge.ts (which source wins).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Hoster, type ProvenancePart } from '../../src/content/schema';
import {
  SoftwareMap,
  softwareLookup,
  softwareMapProblems,
} from '../../src/content/softwareMapSchema';
import type { Derived } from '../curated/locate';
import { mapRecord, type MapOutcome } from '../curated/mapRecord';
import { CuratedRecord } from '../curated/record';
import {
  keepFirstIds,
  loadLocateContext,
  readCuratedFiles,
  writeContent,
  writeGenerated,
} from '../curated/runImport';
import { compareText, crawl, type CrawlResult } from './crawl';
import {
  findCurated,
  mergeRecords,
  origin,
  type Contribution,
  type CuratedCandidate,
} from './merge';
import { mapOrganization, type CiOrganization } from './organization';
import { renderMarkdown } from './report';
import { openSources } from './sources';

export interface ChatonsInfosOptions {
  /** A federation (or organization) URL, a local .properties file, or a folder of them. */
  source: string;
  curatedDir: string;
  /** The content folder to write; null for a dry run (report only). */
  outDir: string | null;
  pointsFile: string;
  citiesFile: string;
  softwareMapFile: string;
  timeoutMs: number;
  /** YYYY-MM-DD; end dates up to it are past. */
  today: string;
}

interface OrgBase {
  file: string;
  subsId: string | null;
}

export type OrgResult =
  | (OrgBase & { kind: 'imported'; id: string; offers: number })
  | (OrgBase & {
      kind: 'updated';
      id: string;
      curatedFile: string;
      matchedBy: string;
      fields: string[];
      notes: string[];
    })
  | (OrgBase & {
      kind: 'unchanged';
      id: string;
      curatedFile: string;
      matchedBy: string;
      notes: string[];
    })
  | (OrgBase & { kind: 'skipped'; reason: string });

export interface UnknownSoftwareLine {
  name: string | null;
  files: string[];
}

export interface ChatonsInfosResult {
  source: string;
  /** The curated folder, as given. */
  curatedDir: string;
  describe: string;
  crawl: CrawlResult;
  organizations: OrgResult[];
  /** Final outcomes of the curated records (after merging). */
  curatedOutcomes: MapOutcome[];
  /** Everything written (curated first, then ChatonsInfos-only hosters). */
  outcomes: MapOutcome[];
  skippedServices: { file: string; reason: string }[];
  unknownSoftware: UnknownSoftwareLine[];
  outDir: string | null;
  removed: string[];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export function loadSoftwareMap(file: string): SoftwareMap {
  const parsed = SoftwareMap.safeParse(readJson(file));
  const problems = parsed.success
    ? softwareMapProblems(parsed.data).map((p) => `${p.field}: ${p.problem}`)
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(
      `${file} is not a valid software map (run npm run content:check):\n  ${problems.join('\n  ')}`,
    );
  }
  return parsed.data;
}

type CuratedPlan =
  | { kind: 'drop'; reason: string }
  | {
      kind: 'merge';
      org: CiOrganization;
      orgIndex: number;
      record: CuratedRecord;
      contributions: Contribution[];
      coordinatesFrom: string | null;
    };

export async function runChatonsInfosImport(
  options: ChatonsInfosOptions,
): Promise<ChatonsInfosResult> {
  const software = softwareLookup(loadSoftwareMap(options.softwareMapFile));
  const ctx = loadLocateContext(options.pointsFile, options.citiesFile);
  const curatedFiles = readCuratedFiles(options.curatedDir);
  const candidates: CuratedCandidate[] = curatedFiles.flatMap((f) => {
    if ('error' in f) return [];
    const parsed = CuratedRecord.safeParse(f.raw);
    return parsed.success ? [{ file: f.file, record: parsed.data }] : [];
  });

  const sources = openSources(options.source, { timeoutMs: options.timeoutMs });
  const crawled = await crawl(sources);

  const organizations: (OrgResult | undefined)[] = [];
  const plans = new Map<string, CuratedPlan>();
  const claimedBy = new Map<string, string>();
  const ciOnly: { org: CiOrganization; orgIndex: number }[] = [];
  const skippedServices: { file: string; reason: string }[] = [];
  const unknown = new Map<string, UnknownSoftwareLine>();

  crawled.organizations.forEach((crawledOrg, orgIndex) => {
    const base: OrgBase = { file: crawledOrg.file.label, subsId: crawledOrg.subsId };
    const skip = (reason: string): void => {
      organizations[orgIndex] = { ...base, kind: 'skipped', reason };
    };
    let read: ReturnType<typeof mapOrganization>;
    try {
      read = mapOrganization(crawledOrg, { software, today: options.today });
    } catch (error) {
      // One organization must never stop the others.
      skip(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (read.kind === 'invalid') {
      skip(read.reason);
      return;
    }
    const { org } = read;
    skippedServices.push(...org.skippedServices);
    for (const u of org.unknownSoftware) {
      const key = u.name?.trim().toLowerCase() ?? '';
      const line = unknown.get(key) ?? { name: u.name, files: [] };
      line.files.push(u.file);
      unknown.set(key, line);
    }

    const match = findCurated(org, candidates);
    if (match === null) {
      // Imported on its own; its result is known once its record is checked.
      if (org.inactive !== null) skip(org.inactive);
      else ciOnly.push({ org, orgIndex });
      return;
    }
    const { candidate, how } = match;
    const first = claimedBy.get(candidate.file);
    if (first !== undefined) {
      skip(`same hoster as ${first} (curated ${candidate.file}, by ${how})`);
      return;
    }
    claimedBy.set(candidate.file, org.file.label);
    let merged: ReturnType<typeof mergeRecords>;
    try {
      merged = mergeRecords(candidate.record, org);
    } catch (error) {
      skip(`could not be merged with curated ${candidate.file}: ${String(error)}`);
      return;
    }
    if (merged.kind === 'dropped') {
      plans.set(candidate.file, { kind: 'drop', reason: `ChatonsInfos ${merged.reason}` });
      skip(`curated ${candidate.file} left out too: ${merged.reason}`);
      return;
    }
    if (merged.kind === 'kept') {
      skip(merged.reason);
      return;
    }
    const fields = merged.contributions.map((c) => c.field);
    organizations[orgIndex] =
      fields.length === 0
        ? {
            ...base,
            kind: 'unchanged',
            id: candidate.record.slug,
            curatedFile: candidate.file,
            matchedBy: how,
            notes: merged.notes,
          }
        : {
            ...base,
            kind: 'updated',
            id: candidate.record.slug,
            curatedFile: candidate.file,
            matchedBy: how,
            fields,
            notes: merged.notes,
          };
    if (fields.length > 0) {
      plans.set(candidate.file, {
        kind: 'merge',
        org,
        orgIndex,
        record: merged.record,
        contributions: merged.contributions,
        coordinatesFrom: merged.coordinatesFrom,
      });
    }
  });

  const curatedOutcomes = curatedFiles.map((f): MapOutcome => {
    if ('error' in f) return { kind: 'skipped', file: f.file, slug: null, reason: f.error };
    const plan = plans.get(f.file);
    if (plan === undefined) return mapRecord(f.file, f.raw, ctx);
    if (plan.kind === 'drop') {
      return { kind: 'skipped', file: f.file, slug: slugOf(f.raw), reason: plan.reason };
    }
    const merged = mapRecord(f.file, plan.record, ctx, {
      coordinatesFrom: plan.coordinatesFrom ?? undefined,
    });
    if (merged.kind === 'imported') {
      const given = new Set(plan.contributions.map((c) => c.field));
      const derived = plan.org.derived.filter((d) => given.has(d.field));
      return withProvenance(merged, plan.contributions, derived);
    }
    // ChatonsInfos values must never cost a curated hoster: fall back to it alone.
    const alone = mapRecord(f.file, f.raw, ctx);
    organizations[plan.orgIndex] = {
      file: plan.org.file.label,
      subsId: plan.org.subsId,
      kind: 'skipped',
      reason: `merged with curated ${f.file}, the record did not fit: ${merged.reason}`,
    };
    return alone;
  });

  const ciOutcomes = ciOnly.map(({ org }): MapOutcome => {
    const outcome = mapRecord(org.file.label, org.record, ctx, {
      origin: origin(org.file.address),
    });
    if (outcome.kind !== 'imported') return outcome;
    const contributions = org.serviceOrigins.flatMap((o, n): Contribution[] =>
      o.file.address === org.file.address
        ? []
        : [{ source: origin(o.file.address), date: o.date, field: `offers[${n}]` }],
    );
    return withProvenance(outcome, contributions, org.derived);
  });

  // Reading the organizations reported more problems: one stable order for all.
  crawled.problems.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));

  const kept = keptByHand(options.outDir);
  const outcomes = keepFirstIds([
    ...curatedOutcomes,
    ...ciOutcomes.map((outcome): MapOutcome => {
      const from = outcome.kind === 'imported' ? kept.get(outcome.hoster.id) : undefined;
      if (outcome.kind !== 'imported' || from === undefined) return outcome;
      return {
        kind: 'skipped',
        file: outcome.file,
        slug: outcome.hoster.id,
        reason: `hosters/${outcome.hoster.id}.json exists and no import wrote it (provenance "${from}"): left as it is`,
      };
    }),
  ]);
  const finalCurated = outcomes.slice(0, curatedOutcomes.length);
  outcomes.slice(curatedOutcomes.length).forEach((outcome, n) => {
    const entry = ciOnly[n];
    if (entry === undefined) return;
    const base = { file: entry.org.file.label, subsId: entry.org.subsId };
    organizations[entry.orgIndex] =
      outcome.kind === 'imported'
        ? { ...base, kind: 'imported', id: outcome.hoster.id, offers: outcome.hoster.offers.length }
        : { ...base, kind: 'skipped', reason: outcome.reason };
  });

  let removed: string[] = [];
  if (options.outDir !== null) {
    const unreachable = new Set(crawled.unreachable.map(origin));
    removed = await writeContent({
      outDir: options.outDir,
      outcomes,
      curatedOutcomes: finalCurated,
      curatedDir: options.curatedDir,
      departements: ctx.departements,
      // A hoster whose file could not be fetched this time is kept as it was.
      isStale: (from) =>
        from.startsWith('curated:') || (from.startsWith('chatonsinfos:') && !unreachable.has(from)),
    });
  }

  const result: ChatonsInfosResult = {
    source: options.source,
    curatedDir: path.relative(process.cwd(), options.curatedDir) || '.',
    describe: sources.describe,
    crawl: crawled,
    organizations: organizations.filter((o) => o !== undefined),
    curatedOutcomes: finalCurated,
    outcomes,
    skippedServices,
    unknownSoftware: [...unknown.values()].sort((a, b) =>
      (a.name ?? '').localeCompare(b.name ?? '', 'en'),
    ),
    outDir: options.outDir,
    removed,
  };
  if (options.outDir !== null) {
    await writeGenerated(
      path.join(options.outDir, 'chatonsinfos-report.md'),
      renderMarkdown(result),
    );
  }
  return result;
}

/**
 * Hoster files of the content folder that no import wrote (made by hand):
 * a new ChatonsInfos hoster never overwrites one. Id → its importedFrom.
 */
function keptByHand(outDir: string | null): Map<string, string> {
  const kept = new Map<string, string>();
  const dir = outDir === null ? null : path.join(outDir, 'hosters');
  if (dir === null || !existsSync(dir)) return kept;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    let from: unknown;
    try {
      from = (readJson(path.join(dir, name)) as { provenance?: { importedFrom?: unknown } })
        .provenance?.importedFrom;
    } catch {
      from = undefined;
    }
    const text = typeof from === 'string' ? from : '(none)';
    if (!text.startsWith('curated:') && !text.startsWith('chatonsinfos:')) {
      kept.set(name.slice(0, -'.json'.length), text);
    }
  }
  return kept;
}

function slugOf(raw: unknown): string | null {
  return typeof raw === 'object' && raw !== null && 'slug' in raw && typeof raw.slug === 'string'
    ? raw.slug
    : null;
}

/** provenance.alsoFrom: each other source once, with the fields it gave, in order. */
function provenanceParts(contributions: Contribution[]): ProvenancePart[] {
  const parts = new Map<string, ProvenancePart>();
  for (const c of contributions) {
    const part = parts.get(c.source) ?? { source: c.source, date: c.date, fields: [] };
    if (!part.fields.includes(c.field)) part.fields.push(c.field);
    parts.set(c.source, part);
  }
  return [...parts.values()];
}

function withProvenance(
  outcome: Extract<MapOutcome, { kind: 'imported' }>,
  contributions: Contribution[],
  derived: Derived[],
): MapOutcome {
  const alsoFrom = provenanceParts(contributions);
  const hoster = Hoster.parse({
    ...outcome.hoster,
    provenance: {
      ...outcome.hoster.provenance,
      ...(alsoFrom.length > 0 ? { alsoFrom } : {}),
    },
  });
  return {
    ...outcome,
    hoster,
    derived: [...derived, ...outcome.derived],
  };
}

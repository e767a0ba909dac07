/**
 * What a ChatonsInfos import did, for the terminal and for
 * content/chatonsinfos-report.md: imported, updated (which fields),
 * skipped (why), unknown software, and every problem with file and line.
 */
import { table } from '../curated/report';
import type { ChatonsInfosResult, OrgResult } from './run';
import { formatProblem } from './values';

type Of<K extends OrgResult['kind']> = Extract<OrgResult, { kind: K }>;

interface Lines {
  imported: Of<'imported'>[];
  updated: Of<'updated'>[];
  unchanged: Of<'unchanged'>[];
  skippedOrgs: { file: string; reason: string }[];
  skippedServices: { file: string; reason: string }[];
}

function lines(result: ChatonsInfosResult): Lines {
  const of = <K extends OrgResult['kind']>(kind: K): Of<K>[] =>
    result.organizations.filter((o): o is Of<K> => o.kind === kind);
  const listed = (s: { file: string; listedBy: string | null }): string =>
    s.listedBy === null ? s.file : `${s.file} (${s.listedBy})`;
  return {
    imported: of('imported'),
    updated: of('updated'),
    unchanged: of('unchanged'),
    skippedOrgs: [
      ...result.crawl.skipped
        .filter((s) => s.level !== 'service')
        .map((s) => ({ file: listed(s), reason: s.reason })),
      ...of('skipped').map((o) => ({ file: o.file, reason: o.reason })),
    ],
    skippedServices: [
      ...result.crawl.skipped
        .filter((s) => s.level === 'service')
        .map((s) => ({ file: listed(s), reason: s.reason })),
      ...result.skippedServices,
    ],
  };
}

function counts(result: ChatonsInfosResult, l: Lines): [string, number][] {
  return [
    ['files read', result.crawl.files.length],
    ['files in ISO-8859-1', result.crawl.files.filter((f) => f.encoding === 'iso-8859-1').length],
    ['organizations imported (new hosters)', l.imported.length],
    ['organizations merged into curated records (updated)', l.updated.length],
    ['organizations matching a curated record, nothing new', l.unchanged.length],
    ['organizations skipped', l.skippedOrgs.length],
    ['services skipped', l.skippedServices.length],
    ['unknown software', result.unknownSoftware.length],
    ['problems', result.crawl.problems.length],
  ];
}

const nameOf = (result: ChatonsInfosResult, id: string): string => {
  const outcome = result.outcomes.find((o) => o.kind === 'imported' && o.hoster.id === id);
  return outcome?.kind === 'imported' ? outcome.hoster.name : id;
};

const softwareName = (name: string | null): string => name ?? '(no software.name)';

export function renderText(result: ChatonsInfosResult): string {
  const l = lines(result);
  const out: string[] = [`ChatonsInfos import from ${result.describe}`];
  out.push(...counts(result, l).map(([label, n]) => `  ${label}: ${n}`));
  const curatedImported = result.curatedOutcomes.filter((o) => o.kind === 'imported').length;
  out.push(
    `  curated records (${result.curatedDir}): ${result.curatedOutcomes.length} read, ${curatedImported} imported, ${result.curatedOutcomes.length - curatedImported} skipped`,
  );
  const section = (title: string, rows: string[]): void => {
    if (rows.length === 0) return;
    out.push('', `${title}:`, ...rows.map((row) => `  ${row}`));
  };
  section(
    'Imported',
    l.imported.map(
      (o) => `${o.id} — ${nameOf(result, o.id)}, ${o.offers} offer(s), from ${o.file}`,
    ),
  );
  section(
    'Updated',
    l.updated.flatMap((o) => [
      `${o.id} (curated ${o.curatedFile}, matched by ${o.matchedBy}): ${o.fields.join(', ')}`,
      ...o.notes.map((n) => `  curated kept: ${n}`),
    ]),
  );
  section(
    'Unchanged',
    l.unchanged.flatMap((o) => [
      `${o.id} (curated ${o.curatedFile}, matched by ${o.matchedBy})`,
      ...o.notes.map((n) => `  curated kept: ${n}`),
    ]),
  );
  section(
    'Skipped organizations',
    l.skippedOrgs.map((s) => `${s.file}: ${s.reason}`),
  );
  section(
    'Skipped services',
    l.skippedServices.map((s) => `${s.file}: ${s.reason}`),
  );
  section(
    'Unknown software (add it to content/software-map.json)',
    result.unknownSoftware.map((u) => `${softwareName(u.name)}: ${u.files.join(', ')}`),
  );
  section('Problems (file:line: problem)', result.crawl.problems.map(formatProblem));
  out.push('');
  const hosters = result.outcomes.filter((o) => o.kind === 'imported').length;
  if (result.outDir === null) {
    out.push(
      `Dry run: ${hosters} hosters in all, nothing written (give --out <content folder> to write them).`,
    );
  } else {
    out.push(`Wrote ${hosters} hosters to ${result.outDir}/hosters`);
    for (const name of result.removed) out.push(`Removed stale ${result.outDir}/hosters/${name}`);
    out.push(`Reports: ${result.outDir}/chatonsinfos-report.md, ${result.outDir}/import-report.md`);
  }
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(result: ChatonsInfosResult): string {
  const l = lines(result);
  return [
    '# ChatonsInfos import',
    '',
    `Written by \`npm run content:import -- ${result.source}\`; do not edit by hand. The curated records' own report is \`import-report.md\`.`,
    '',
    'Curated records win. ChatonsInfos fills what they leave unknown, adds the services they do not list, and gives capacity (open/full) and status (active, member) when its file is dated after the curated `checked`. Each hoster file names what came from ChatonsInfos under `provenance.alsoFrom`.',
    '',
    '## Counts',
    '',
    table(
      ['what', 'count'],
      counts(result, l).map(([label, n]) => [label, String(n)]),
    ),
    '## Imported (new hosters)',
    '',
    table(
      ['hoster', 'name', 'offers', 'file'],
      l.imported.map((o) => [o.id, nameOf(result, o.id), String(o.offers), o.file]),
    ),
    '## Updated (merged into curated records)',
    '',
    table(
      ['hoster', 'curated', 'matched by', 'from ChatonsInfos', 'curated kept'],
      l.updated.map((o) => [
        o.id,
        o.curatedFile,
        o.matchedBy,
        o.fields.join(', '),
        o.notes.join('; ') || null,
      ]),
    ),
    '## Matching a curated record, nothing new',
    '',
    table(
      ['hoster', 'curated', 'matched by', 'curated kept'],
      l.unchanged.map((o) => [o.id, o.curatedFile, o.matchedBy, o.notes.join('; ') || null]),
    ),
    '## Skipped organizations',
    '',
    table(
      ['file', 'reason'],
      l.skippedOrgs.map((s) => [s.file, s.reason]),
    ),
    '## Skipped services',
    '',
    table(
      ['file', 'reason'],
      l.skippedServices.map((s) => [s.file, s.reason]),
    ),
    '## Unknown software',
    '',
    'No entry in `content/software-map.json`, so these services gave no offer.',
    '',
    table(
      ['software', 'files'],
      result.unknownSoftware.map((u) => [softwareName(u.name), u.files.join(', ')]),
    ),
    '## Problems',
    '',
    'Values that could not be read were left out (unknown); the rest of each file was imported.',
    '',
    table(
      ['file', 'line', 'problem'],
      result.crawl.problems.map((p) => [
        p.file,
        p.line === null ? null : String(p.line),
        p.problem,
      ]),
    ),
  ].join('\n');
}

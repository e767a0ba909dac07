/**
 * How the place files are written: JSON with one commune (or town) per line,
 * so a data update shows as a readable diff, and nothing else varies from
 * one run to the next.
 */
import type { AbroadFile, CommuneFile } from '../../src/places/placesSchema';

const rowsText = (rows: readonly unknown[]): string =>
  rows.length === 0 ? '[]' : `[\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;

/** The header fields, then `key` as one row per line. */
function text(file: Record<string, unknown>, key: string): string {
  const head = Object.entries(file)
    .filter(([name]) => name !== key)
    .map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  const rows = file[key];
  if (!Array.isArray(rows)) throw new Error(`${key}: expected rows`);
  return `{\n${[...head, `  ${JSON.stringify(key)}: ${rowsText(rows)}`].join(',\n')}\n}\n`;
}

export const communesText = (file: CommuneFile): string => text({ ...file }, 'communes');

/** Areas and towns each one per line; the areas come first. */
export function abroadText(file: AbroadFile): string {
  const { towns, ...rest } = file;
  const withAreas = text({ ...rest }, 'areas').replace(/\n}\n$/, '');
  return `${withAreas},\n  "towns": ${rowsText(towns)}\n}\n`;
}

/**
 * Typed reads of ChatonsInfos values (VALUE, DATE, DECIMAL_DEGREE, URL…).
 * A value that does not fit is reported with its file and line, and read as
 * unknown (null): one bad field never costs the rest of the file.
 */
import type { PropertiesFile } from './properties';

export interface FileProblem {
  /** The file as the report names it (its address, or its path from the working folder). */
  file: string;
  line: number | null;
  problem: string;
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.problem}`;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/;
/** DECIMAL_DEGREE: a comma or a dot as decimal separator (both are found). */
const decimalDegree = /^[+-]?\d{1,3}(?:[.,]\d+)?$/;

export class Fields {
  constructor(
    readonly file: string,
    private readonly props: PropertiesFile,
    private readonly problems: FileProblem[],
  ) {}

  report(key: string | null, problem: string): void {
    const line = key === null ? null : (this.props.entries.get(key)?.line ?? null);
    this.problems.push({ file: this.file, line, problem });
  }

  has(key: string): boolean {
    return this.props.entries.has(key);
  }

  text(key: string): string | null {
    return this.props.entries.get(key)?.value ?? null;
  }

  /** Keys under a prefix, e.g. every `subs.<id>`, in file order. */
  keysUnder(prefix: string): { key: string; id: string; value: string }[] {
    return [...this.props.entries]
      .filter(([key]) => key.startsWith(prefix) && key.length > prefix.length)
      .sort(([, a], [, b]) => a.line - b.line)
      .map(([key, entry]) => ({ key, id: key.slice(prefix.length), value: entry.value }));
  }

  /** VALUES: `;`-separated, blanks dropped. */
  list(key: string): string[] {
    const value = this.text(key);
    if (value === null) return [];
    return value
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** A VALUE from a closed list, compared without case; anything else is reported. */
  choice<T>(key: string, values: Readonly<Record<string, T>>): T | null {
    const value = this.text(key);
    if (value === null) return null;
    const found = lookupChoice(value, values);
    if (found === undefined) {
      this.report(key, `${key} "${value}" is not one of ${Object.keys(values).join(', ')}`);
      return null;
    }
    return found;
  }

  /** Every item of a VALUES list that is in the closed list; others are reported. */
  choices<T>(key: string, values: Readonly<Record<string, T>>): T[] {
    const found: T[] = [];
    for (const item of this.list(key)) {
      const value = lookupChoice(item, values);
      if (value === undefined) {
        this.report(key, `${key} "${item}" is not one of ${Object.keys(values).join(', ')}`);
      } else {
        found.push(value);
      }
    }
    return found;
  }

  /** DATE or DATETIME → YYYY-MM-DD. */
  date(key: string): string | null {
    const value = this.text(key);
    if (value === null) return null;
    const match = isoDay.exec(value);
    if (match) {
      const [, y, m, d] = match.map(Number) as [number, number, number, number];
      const day = new Date(Date.UTC(y, m - 1, d));
      if (day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d) {
        return value.slice(0, 10);
      }
    }
    this.report(key, `${key} "${value}" is not a date like 2026-11-26 or 2026-11-26T14:30:00`);
    return null;
  }

  /** DECIMAL_DEGREE within [-limit, limit]. */
  degrees(key: string, limit: 90 | 180): number | null {
    const value = this.text(key);
    if (value === null) return null;
    if (!decimalDegree.test(value)) {
      this.report(key, `${key} "${value}" is not a decimal degree like 45.76 or 45,76`);
      return null;
    }
    const degrees = Number(value.replace(',', '.'));
    if (Math.abs(degrees) > limit) {
      this.report(key, `${key} "${value}" is out of range (-${limit} to ${limit})`);
      return null;
    }
    return degrees;
  }

  /** Only https addresses are ever shown; http ones are reported and dropped. */
  https(key: string): string | null {
    const value = this.text(key);
    if (value === null) return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      this.report(key, `${key} "${value}" is not a web address`);
      return null;
    }
    if (url.protocol !== 'https:') {
      this.report(key, `${key} "${value}" is not an https:// address; left out`);
      return null;
    }
    return value;
  }
}

function lookupChoice<T>(value: string, values: Readonly<Record<string, T>>): T | undefined {
  const wanted = value.trim().toLowerCase();
  const key = Object.keys(values).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? undefined : values[key];
}

/**
 * Reads one ChatonsInfos (StatoolInfos) `.properties` file: `key = value`
 * lines, `#` comments, `[Section]` headers that only group lines. Files are
 * UTF-8, but ISO-8859-1 files exist: bytes that are not valid UTF-8 are read
 * as ISO-8859-1. A line that cannot be read is reported with its number and
 * the rest of the file is still read.
 */

export type Encoding = 'utf-8' | 'iso-8859-1';

export interface Entry {
  value: string;
  /** 1-based line number, for reports. */
  line: number;
}

export interface LineProblem {
  line: number;
  problem: string;
}

export interface PropertiesFile {
  encoding: Encoding;
  /** Keys as written (they are case-sensitive); empty values are left out. */
  entries: Map<string, Entry>;
  problems: LineProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let text: string;
  let encoding: Encoding;
  try {
    text = utf8.decode(bytes);
    encoding = 'utf-8';
  } catch {
    // Node's "latin1" is ISO-8859-1 byte for byte (TextDecoder's is windows-1252).
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    encoding = 'iso-8859-1';
  }
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}

/** Keys are dotted names: organization.name, subs.picasoft, host.country.code… */
const keyPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** `'…'` and `"…"` around a whole value are quoting, not content (some generators add them). */
function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === "'" || first === '"') && value.endsWith(first)) {
    return value.slice(1, -1).trim();
  }
  return value;
}

/** Java tools write non-ASCII letters as \uXXXX; other backslashes are kept as written. */
function unescapeUnicode(value: string): string {
  return value.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

export function parseProperties(bytes: Uint8Array): PropertiesFile {
  const { text, encoding } = decode(bytes);
  const entries = new Map<string, Entry>();
  const problems: LineProblem[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) return;
    if (/^\[[^\]]*\]$/.test(trimmed)) return;
    // "=" as the files write it; ":" (also Java's) only on a line without "=".
    const equals = trimmed.indexOf('=');
    const separator = equals >= 0 ? equals : trimmed.indexOf(':');
    if (separator <= 0) {
      problems.push({ line, problem: `expected "key = value", found "${shorten(trimmed)}"` });
      return;
    }
    const key = trimmed.slice(0, separator).trim();
    if (!keyPattern.test(key)) {
      problems.push({ line, problem: `"${shorten(key)}" is not a property name` });
      return;
    }
    const value = unquote(unescapeUnicode(trimmed.slice(separator + 1).trim()));
    const earlier = entries.get(key);
    if (earlier !== undefined) {
      problems.push({
        line,
        problem: `${key} is set again (first on line ${earlier.line}); the last value is kept`,
      });
    }
    // Templates leave unknown fields empty ("key = "): that is no value at all.
    if (value === '') entries.delete(key);
    else entries.set(key, { value, line });
  });
  return { encoding, entries, problems };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

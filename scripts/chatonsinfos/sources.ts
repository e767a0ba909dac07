/**
 * Where ChatonsInfos files are read from: the web (a federation URL; every
 * `subs.*` is fetched with a timeout) or a local folder (a mirror: `subs.*`
 * are file paths, or addresses whose file name exists in the folder; nothing
 * is fetched). Reading never throws: a file that cannot be read is a
 * problem for the report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Location =
  | { kind: 'url'; url: string }
  /** A local file; `url` is the public address it stands for, when known. */
  | { kind: 'file'; path: string; url: string | null };

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };
export type Resolved = { ok: true; location: Location } | { ok: false; problem: string };

export interface WebOptions {
  /** Per file, connection and body included. */
  timeoutMs: number;
  /** Larger answers are refused (a .properties file is a few kB). */
  maxBytes?: number;
  /** Files fetched at once. */
  concurrency?: number;
}

const isWeb = (value: string): boolean => /^https?:\/\//i.test(value);
/** Any URL scheme (two letters at least, so that a Windows drive C:\ is a path). */
const hasScheme = (value: string): boolean => /^[a-z][a-z0-9+.-]+:/i.test(value);

/** A stable key to notice a file listed twice (or a loop of subs). */
export function locationKey(location: Location): string {
  return location.kind === 'url' ? location.url : `file:${location.path}`;
}

/** How reports name a file: its address, or its path from the working folder. */
export function locationLabel(location: Location): string {
  if (location.kind === 'url') return location.url;
  const relative = path.relative(process.cwd(), location.path);
  return (relative.startsWith('..') ? location.path : relative).split(path.sep).join('/');
}

/** How hoster sources name a file: its public address when there is one. */
export function locationAddress(location: Location): string {
  return location.kind === 'url' ? location.url : (location.url ?? locationLabel(location));
}

export interface Sources {
  /** Where the import starts: one URL or file, or every top-level file of a folder. */
  roots: Location[];
  /** A short description for the report. */
  describe: string;
  read(location: Location): Promise<ReadResult>;
  /** A `subs.*` value, read relative to the file that lists it. */
  resolve(value: string, parent: Location): Resolved;
}

export function openSources(input: string, web: WebOptions): Sources {
  if (isWeb(input)) return webSources(input, web);
  const absolute = path.resolve(input);
  if (!existsSync(absolute)) throw new Error(`${input}: no such file or folder`);
  if (statSync(absolute).isDirectory()) {
    const roots = readdirSync(absolute)
      .filter((name) => name.endsWith('.properties'))
      .sort()
      .map((name): Location => ({ kind: 'file', path: path.join(absolute, name), url: null }));
    return localSources(absolute, roots, `folder ${input}`);
  }
  return localSources(
    path.dirname(absolute),
    [{ kind: 'file', path: absolute, url: null }],
    `file ${input}`,
  );
}

function webSources(input: string, options: WebOptions): Sources {
  const limit = limiter(options.concurrency ?? 6);
  return {
    roots: [{ kind: 'url', url: new URL(input).href }],
    describe: `web address ${input}`,
    read: (location) =>
      location.kind === 'url'
        ? limit(() => fetchFile(location.url, options))
        : Promise.resolve({ ok: false, problem: 'a web source never reads local files' }),
    resolve(value, parent) {
      if (parent.kind !== 'url') return { ok: false, problem: 'not under a web address' };
      let url: URL;
      try {
        url = new URL(value, parent.url);
      } catch {
        return { ok: false, problem: 'not an address' };
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        // A file on the web must not make us read this machine's files.
        return { ok: false, problem: 'only http(s) addresses are followed' };
      }
      return { ok: true, location: { kind: 'url', url: url.href } };
    },
  };
}

async function fetchFile(url: string, options: WebOptions): Promise<ReadResult> {
  const seconds = options.timeoutMs / 1000;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { accept: 'text/plain, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, problem: `HTTP ${response.status} ${response.statusText}`.trim() };
    }
    if (/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
      await response.body?.cancel();
      return { ok: false, problem: 'the address gives a web page, not a .properties file' };
    }
    const bytes = await readLimited(response, options.maxBytes ?? 1024 * 1024);
    if (bytes === null) return { ok: false, problem: 'file too large for a .properties file' };
    return { ok: true, bytes };
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return { ok: false, problem: `no complete answer within ${seconds} s (timeout)` };
    }
    const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : null;
    const detail =
      typeof cause?.code === 'string'
        ? cause.code
        : error instanceof Error
          ? error.message
          : String(error);
    return { ok: false, problem: `could not fetch: ${detail}` };
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Runs at most `max` tasks at once, in the order asked. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

function localSources(root: string, roots: Location[], describe: string): Sources {
  let index: Map<string, string[]> | undefined;
  /** Every file under the folder by name, built on first need. */
  const byName = (name: string): string[] => {
    index ??= indexFiles(root);
    return index.get(name) ?? [];
  };
  const isFile = (file: string): boolean => existsSync(file) && statSync(file).isFile();

  /** An address: a mirror path <root>/<host>/<path>, else a unique file of that name. */
  const fromAddress = (url: URL, parent: Location): Resolved => {
    const pathname = decodeURIComponent(url.pathname);
    const mirror = path.join(root, url.host, ...pathname.split('/'));
    if (isFile(mirror))
      return { ok: true, location: { kind: 'file', path: mirror, url: url.href } };
    const name = path.posix.basename(pathname);
    const found = byName(name);
    const near =
      found.length > 1 && parent.kind === 'file'
        ? found.filter((file) => path.dirname(file) === path.dirname(parent.path))
        : found;
    const [only, ...others] = near;
    if (only !== undefined && others.length === 0) {
      return { ok: true, location: { kind: 'file', path: only, url: url.href } };
    }
    if (only === undefined) {
      return {
        ok: false,
        problem: `no file named "${name}" in the folder (a local source fetches nothing)`,
      };
    }
    const names = near.map((file) => locationLabel({ kind: 'file', path: file, url: null }));
    return { ok: false, problem: `several files named "${name}": ${names.join(', ')}` };
  };

  return {
    roots,
    describe,
    read(location) {
      if (location.kind !== 'file') {
        return Promise.resolve({ ok: false, problem: 'a local source fetches nothing' });
      }
      try {
        return Promise.resolve({ ok: true, bytes: readFileSync(location.path) });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return Promise.resolve({
          ok: false,
          problem: code === 'ENOENT' ? 'no such file' : `cannot read: ${String(error)}`,
        });
      }
    },
    resolve(value, parent) {
      if (parent.kind !== 'file') return { ok: false, problem: 'not under a local file' };
      if (isWeb(value)) {
        try {
          return fromAddress(new URL(value), parent);
        } catch {
          return { ok: false, problem: 'not an address' };
        }
      }
      if (/^file:/i.test(value)) {
        try {
          const file = fileURLToPath(value);
          return isFile(file)
            ? { ok: true, location: { kind: 'file', path: file, url: null } }
            : { ok: false, problem: 'no such file' };
        } catch {
          return { ok: false, problem: 'not a file address' };
        }
      }
      if (hasScheme(value)) {
        return { ok: false, problem: 'only files and http(s) addresses are followed' };
      }
      // A path: from the listing file's folder (or as given, when absolute).
      const file = path.resolve(path.dirname(parent.path), value);
      // Found here, its public address is unknown: the folder's layout need not be the web's.
      if (isFile(file)) return { ok: true, location: { kind: 'file', path: file, url: null } };
      // Else relative to the address the listing file stands for, as the web would read it.
      if (parent.url !== null) return fromAddress(new URL(value, parent.url), parent);
      return {
        ok: false,
        problem: `no such file ${locationLabel({ kind: 'file', path: file, url: null })}`,
      };
    },
  };
}

function indexFiles(root: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const names = readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
  for (const relative of names) {
    const file = path.join(root, relative);
    if (!statSync(file).isFile()) continue;
    const name = path.basename(file);
    index.set(name, [...(index.get(name) ?? []), file]);
  }
  return index;
}

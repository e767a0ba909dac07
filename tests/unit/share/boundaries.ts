/**
 * The robustness properties of every boundary where untrusted data comes in
 * (issue 7): share links, saved sessions, content files. Shared by the unit
 * tests (FC_RUNS cases, 1000 by default) and `npm run fuzz` (10,000), so
 * both check the same thing. Assertions use node:assert to run outside
 * vitest too.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { needIds } from '../../../src/content/schema';
import { validateContent } from '../../../src/content/validate';
import { departementOfPostcode } from '../../../src/places/geo';
import {
  abroadAreaCodes,
  abroadPath,
  communeRowsOf,
  communesPath,
  CompactCommuneFile,
  departementOfCommuneCode,
} from '../../../src/places/placesSchema';
import { priorityIds } from '../../../src/recommend/priorities';
import {
  decodeShareFragment,
  droppedPartIds,
  encodeShareFragment,
  readShareFragment,
  SharedState,
  type DroppedPart,
} from '../../../src/share/linkCodec';
import {
  restoreSession,
  saveSession,
  sessionKey,
  sessionKeys,
  type StorageLike,
} from '../../../src/share/sessionStore';
import { Accounts, Answers, Budget, PlaceAnswer, Profile } from '../../../src/wizard/answers';
import { encodeCommunes } from '../../../scripts/places/write';
import { fixtureContent, projectRoot } from '../../content/fixtures';

/** Cases per property in the unit tests: FC_RUNS, 1000 by default. */
export const numRuns = Number(process.env.FC_RUNS ?? 1000) || 1000;

// ---------------------------------------------------------------- valid states

type PlaceKind = PlaceAnswer['kind'];
type PlaceOf<K extends PlaceKind> = Extract<PlaceAnswer, { kind: K }>;

const departementCodeArb = fc.oneof(
  fc.stringMatching(/^\d{2}$/),
  fc.constantFrom('2A', '2B', '69', '75', '974'),
  fc.stringMatching(/^97\d$/),
);

/** A point on the 0.01° grid, as roundCoordinate makes them. */
const latArb = fc.integer({ min: -9000, max: 9000 }).map((n) => n / 100);
const lonArb = fc.integer({ min: -18000, max: 18000 }).map((n) => n / 100);
const communeCodeArb = fc.oneof(
  fc.stringMatching(/^\d{5}$/),
  fc.stringMatching(/^2[AB]\d{3}$/),
  fc.constantFrom('69383', '97411', '2A004'),
);

/** One arbitrary per kind of place: a new kind does not compile until it has one. */
const placeArbs: { [K in PlaceKind]: fc.Arbitrary<PlaceOf<K>> } = {
  anywhere: fc.constant({ kind: 'anywhere' }),
  departement: departementCodeArb.map((code) => ({ kind: 'departement', code })),
  postcode: fc
    .oneof(fc.stringMatching(/^\d{5}$/), fc.constantFrom('69003', '20000', '97400'))
    .map((code) => ({ kind: 'postcode', code, departement: departementOfPostcode(code) ?? '' })),
  commune: fc
    .record({ code: communeCodeArb, lat: latArb, lon: lonArb })
    .map((p) => ({ kind: 'commune', ...p, departement: departementOfCommuneCode(p.code) })),
  abroad: fc
    .record({ code: fc.constantFrom(...abroadAreaCodes), lat: latArb, lon: lonArb })
    .map((p) => ({ kind: 'abroad', ...p })),
};

/** Any place the schema accepts. */
export const placeArb: fc.Arbitrary<PlaceAnswer> = fc
  .oneof(...Object.values<fc.Arbitrary<PlaceAnswer>>(placeArbs))
  .filter((place) => PlaceAnswer.safeParse(place).success);

/** Any answers the wizard can hold (each answer present or not, needs once each, in any order). */
/**
 * Any answers the wizard can hold: each answer present or not; a size only
 * with "my association" (another profile has none, see withAnswer).
 */
export const answersArb: fc.Arbitrary<Answers> = fc
  .record(
    {
      profile: fc.constantFrom(...Profile.options),
      accounts: fc.constantFrom(...Accounts.options),
      needs: fc.uniqueArray(fc.constantFrom(...needIds)),
      place: placeArb,
      budget: fc.constantFrom(...Budget.options),
      priorities: fc.uniqueArray(fc.constantFrom(...priorityIds)),
      quick: fc.constant(true as const),
    },
    { requiredKeys: [], noNullPrototype: true },
  )
  .map((answers) => {
    if (answers.profile === 'association') return answers;
    const rest = { ...answers };
    delete rest.accounts;
    return rest;
  });

export const sharedStateArb: fc.Arbitrary<SharedState> = fc.record(
  { answers: answersArb },
  { noNullPrototype: true },
);

// ------------------------------------------------------------ hostile inputs

const linkChars = [
  ...Array.from('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  ...Array.from('.-_~%&=#? '),
  'é',
  '\u0000',
  '\u{1F600}',
  '\uD800',
];
const linkCharArb = fc.constantFrom(...linkChars);

/** A valid link, then cut, altered, grown or shuffled: what chat apps and people do to links. */
const damagedLinkArb: fc.Arbitrary<string> = fc
  .tuple(
    sharedStateArb.map(encodeShareFragment),
    fc.constantFrom('cut', 'replace', 'insert', 'repeat', 'swap', 'case'),
    fc.nat(),
    fc.string({ unit: linkCharArb, minLength: 1, maxLength: 8 }),
  )
  .map(([link, how, n, extra]) => {
    const at = n % (link.length + 1);
    const segments = link.split('.');
    const i = n % segments.length;
    switch (how) {
      case 'cut':
        return link.slice(0, at);
      case 'replace':
        return link.slice(0, at) + extra + link.slice(at + extra.length);
      case 'insert':
        return link.slice(0, at) + extra + link.slice(at);
      case 'repeat':
        return [...segments, segments[i] ?? ''].join('.');
      case 'swap':
        return [...segments.slice(i), ...segments.slice(0, i)].join('.');
      default:
        return link.toUpperCase();
    }
  });

/** Any string a share fragment could be, biased towards almost-valid links. */
export const fragmentArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: damagedLinkArb, weight: 4 },
  { arbitrary: fc.string({ unit: linkCharArb, maxLength: 60 }).map((s) => `1.${s}`), weight: 2 },
  { arbitrary: fc.string({ unit: linkCharArb, maxLength: 60 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 1 },
  { arbitrary: fc.string({ minLength: 480, maxLength: 540 }).map((s) => `1.${s}`), weight: 1 },
);

/** What `location.hash` may hold: a share parameter among others, or anything. */
export const hashArb: fc.Arbitrary<string> = fc.oneof(
  fragmentArb.map((f) => `#r=${f}`),
  fragmentArb.map((f) => `#atelier&r=${f}`),
  fragmentArb.map((f) => `#r=${escape(f)}`),
  fc.string({ unit: linkCharArb, maxLength: 40 }).map((s) => `#${s}`),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

/** Percent-escapes like a chat app would, keeping lone surrogates (encodeURIComponent throws on them). */
function escape(text: string): string {
  return Array.from(text, (char) => {
    try {
      return encodeURIComponent(char);
    } catch {
      return char;
    }
  }).join('');
}

/** Replaces the value found by following `choices` down a JSON tree. */
function replaceDeep(value: unknown, choices: readonly number[], replacement: unknown): unknown {
  const [choice, ...rest] = choices;
  if (choice === undefined) return replacement;
  if (Array.isArray(value) && value.length > 0) {
    const i = choice % value.length;
    return (value as unknown[]).map((item, j) =>
      j === i ? replaceDeep(item, rest, replacement) : item,
    );
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    const key = keys[choice % Math.max(1, keys.length)];
    if (key === undefined) return replacement;
    const copy: Record<string, unknown> = { ...value };
    copy[key] = replaceDeep(copy[key], rest, replacement);
    return copy;
  }
  return replacement;
}

const deepChangeArb = fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }));

/** A valid stored session, altered somewhere inside, or any text at all. */
export const storedTextArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(answersArb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue())
      .map(([answers, path, value]) =>
        JSON.stringify({ v: 1, answers: replaceDeep(answers, path, value) }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(answersArb, deepChangeArb)
      .map(([answers, [path, value]]) =>
        JSON.stringify(replaceDeep({ v: 1, answers }, path, value)),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ v: fc.oneof(fc.constant(1), fc.jsonValue()), answers: fc.jsonValue() })
      .map((r) => JSON.stringify(r)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  {
    weight: 1,
    arbitrary: answersArb.map((answers) => JSON.stringify({ v: 1, answers }).slice(0, -3)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);

/** A storage holding one text, which may also refuse to be read or written. */
function fakeStorage(
  text: string | null,
  fails: { get: boolean; set: boolean },
): StorageLike & { keysWritten: Set<string> } {
  const items = new Map<string, string>();
  if (text !== null) items.set(sessionKey, text);
  const keysWritten = new Set<string>();
  return {
    keysWritten,
    getItem: (key) => {
      if (fails.get) throw new DOMException('The operation is insecure.', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      keysWritten.add(key);
      if (fails.set) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => {
      if (fails.set) throw new DOMException('The operation is insecure.', 'SecurityError');
      items.delete(key);
    },
  };
}

export const memoryStorage = (): StorageLike & { keysWritten: Set<string> } =>
  fakeStorage(null, { get: false, set: false });

const contentPaths = [
  'content/needs.json',
  'content/places/departements.json',
  communesPath,
  abroadPath,
  'content/software-map.json',
  'content/hosters/alpha.json',
  'content/hosters/beta.json',
  'content/hosters/gamma.json',
  'content/locales/fr/common.json',
  'content/locales/en/common.json',
  'content/locales/en/other.json',
];
const contentPathArb = fc.oneof(
  fc.constantFrom(...contentPaths),
  fc.string({ maxLength: 30 }).map((s) => `content/hosters/${s}.json`),
  fc.string({ maxLength: 30 }),
);

/**
 * Content files as validateContent receives them: the valid fixture set
 * altered deep inside, with files replaced or removed, or random files.
 */
/**
 * The lazily loaded place files, when built: all areas abroad, and a few
 * communes of the fixture's départements (with counts that add up), so that
 * their checks are reached too.
 */
function placeFiles(departements: ReadonlySet<string>): Record<string, unknown> {
  const read = (file: string): unknown => {
    const full = path.join(projectRoot, file);
    return existsSync(full) ? (JSON.parse(readFileSync(full, 'utf8')) as unknown) : undefined;
  };
  const files: Record<string, unknown> = {};
  const abroad = read(abroadPath);
  if (abroad !== undefined) files[abroadPath] = abroad;
  const parsed = CompactCommuneFile.safeParse(read(communesPath));
  if (parsed.success) {
    const some = communeRowsOf(parsed.data)
      .filter((row) => departements.has(departementOfCommuneCode(row[0])))
      .slice(0, 30);
    files[communesPath] = {
      ...parsed.data,
      ...encodeCommunes(some),
      points: { geonames: some.length, postcode: 0, arrondissement: 0, departement: 0 },
    };
  }
  return files;
}

export function contentFilesArb(): fc.Arbitrary<Record<string, unknown>> {
  const fixture = fixtureContent();
  const places = fixture['content/places/departements.json'] as {
    departements?: { code: string }[];
  };
  const codes = new Set((places.departements ?? []).map((d) => d.code));
  const valid = { ...fixture, ...placeFiles(codes) };
  const validPaths = Object.keys(valid);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.array(fc.tuple(fc.constantFrom(...validPaths), deepChangeArb), { maxLength: 3 }),
          fc.array(fc.tuple(contentPathArb, fc.jsonValue({ maxDepth: 3 })), { maxLength: 2 }),
          fc.subarray(validPaths, { maxLength: 2 }),
        )
        .map(([changes, replaced, removed]) => {
          const files: Record<string, unknown> = { ...valid };
          for (const [path, [choices, value]] of changes) {
            files[path] = replaceDeep(files[path], choices, value);
          }
          // defineProperty: a path named "__proto__" is a key, not the prototype.
          for (const [path, value] of replaced) {
            Object.defineProperty(files, path, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
          for (const path of removed) Reflect.deleteProperty(files, path);
          return files;
        }),
    },
    {
      weight: 1,
      arbitrary: fc.dictionary(contentPathArb, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 }),
    },
  );
}

// ---------------------------------------------------------------- properties

function assertDropped(dropped: readonly DroppedPart[]): void {
  const ids = dropped.map((d) => d.part);
  assert.equal(new Set(ids).size, ids.length, 'each dropped part is named once');
  for (const id of ids) assert.ok(droppedPartIds.includes(id), `known dropped id: ${id}`);
}

function assertValidState(state: unknown): void {
  const parsed = SharedState.safeParse(state);
  assert.ok(parsed.success, 'the state parses with the schemas');
  assert.ok(Answers.safeParse(parsed.data.answers).success, 'the answers parse with Answers');
}

/** What a run tells: enough to print, and to replay with the same seed. */
export interface BoundaryRun {
  failed: boolean;
  numRuns: number;
  seed: number;
  /** fast-check's report (the counterexample and how to replay it); empty on success. */
  report: string;
}

export interface Boundary {
  name: string;
  /** Runs the property; never throws (a failure is in the result). */
  check: (params: { numRuns: number; seed?: number }) => BoundaryRun;
}

/** The arbitrary is built on first run (the content one reads fixture files). */
function boundary<T>(
  name: string,
  arb: () => fc.Arbitrary<T>,
  predicate: (value: T) => void,
): Boundary {
  return {
    name,
    check: (params) => {
      const details = fc.check(fc.property(arb(), predicate), {
        ...params,
        includeErrorInReport: true,
      });
      return {
        failed: details.failed,
        numRuns: details.numRuns,
        seed: details.seed,
        report: fc.defaultReportMessage(details) ?? '',
      };
    },
  };
}

export const shareLinkRoundTrip = boundary(
  'share link: decode(encode(state)) is the state',
  () => sharedStateArb,
  (state) => {
    const fragment = encodeShareFragment(state);
    assert.match(fragment, /^1(\.[A-Za-z0-9_]+)*-$/, 'codes, digits, dots and the end mark');
    assert.deepEqual(decodeShareFragment(fragment), { state, dropped: [] });
  },
);

export const shareLinkDecodeAny = boundary(
  'share link: decode(any string) is a valid state and a list of dropped parts',
  () => fragmentArb,
  (input) => {
    const { state, dropped } = decodeShareFragment(input);
    assertValidState(state);
    assertDropped(dropped);
    // What was kept can be shared again, unchanged.
    assert.deepEqual(decodeShareFragment(encodeShareFragment(state)), { state, dropped: [] });
  },
);

export const shareHashAny = boundary(
  'share link: reading any location.hash never throws',
  () => hashArb,
  (hash) => {
    const value = readShareFragment(hash);
    assert.ok(value === null || typeof value === 'string');
    if (value !== null) assertValidState(decodeShareFragment(value).state);
  },
);

export const sessionRoundTrip = boundary(
  'session: restore(save(answers)) is the answers',
  () => answersArb,
  (answers) => {
    const storage = memoryStorage();
    assert.equal(saveSession(storage, answers), true);
    assert.deepEqual(restoreSession(storage), { answers, dropped: [] });
    for (const key of storage.keysWritten) assert.ok(sessionKeys.includes(key), key);
  },
);

export const sessionRestoreAny = boundary(
  'session: restore(any stored text, any storage failure) is valid answers',
  () => fc.tuple(storedTextArb, fc.boolean(), fc.boolean(), answersArb),
  ([text, failGet, failSet, answers]) => {
    const storage = fakeStorage(text, { get: failGet, set: failSet });
    const restored = restoreSession(storage);
    assert.ok(Answers.safeParse(restored.answers).success, 'the answers parse');
    assertDropped(restored.dropped);
    if (failGet) assert.deepEqual(restored, { answers: {}, dropped: [] });
    assert.equal(saveSession(storage, answers), !failSet);
    for (const key of storage.keysWritten) assert.ok(sessionKeys.includes(key), key);
  },
);

export const contentValidateAny = boundary(
  'content: validateContent(any files) never throws and names each error',
  () => fc.tuple(contentFilesArb(), fc.array(contentPathArb, { maxLength: 2 })),
  ([files, unreadable]) => {
    const result = validateContent(files, { unreadable });
    for (const error of result.errors) {
      assert.equal(typeof error.file, 'string');
      assert.equal(typeof error.field, 'string');
      assert.equal(typeof error.problem, 'string');
      assert.ok(error.problem.length > 0, 'a problem is said');
    }
    // No content is always explained: by an error here, or by a file already reported unreadable.
    if (result.content === null) {
      assert.ok(result.errors.length + unreadable.length > 0, 'no content, an error');
    }
  },
);

export const shareBoundaries: readonly Boundary[] = [
  shareLinkRoundTrip,
  shareLinkDecodeAny,
  shareHashAny,
  sessionRoundTrip,
  sessionRestoreAny,
];
export const allBoundaries: readonly Boundary[] = [...shareBoundaries, contentValidateAny];

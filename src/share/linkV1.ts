/**
 * Version 1 of the share link's body: `wa.nev.pc69003.bm` (linkCodec.ts
 * adds the version before, `1.`, and the end mark after, `-`). Segments are
 * separated by dots; each starts with one key letter, followed by codes
 * from the tables below:
 *
 *   w  who (profile)     one code                       wa = association
 *   n  needs             one code per need, in order    nev = email, visio
 *   p  place             a kind code, then its payload:
 *                          a                anywhere
 *                          d<département>   pd69, pd2A, pd974
 *                          c<postcode>      pc69003 (the département follows)
 *                          m<INSEE>_<lat>_<lon>   a commune and its centre,
 *                                           in 0.01°, "n" for minus:
 *                                           pm29019_4839_n449 (Brest)
 *                          e<area>_<lat>_<lon>    an area abroad, its dash
 *                                           left out: peBEWLG_5063_557
 *   b  budget            one code                       bm = membership
 *   m  what matters      one code per priority          mam = association, meet
 *   a  accounts          digits, 1 to 100000, or u      a20, au = don't know
 *                        (an association's size: read back as its band,
 *                        1–5, 6–20, 21–50 or more; written as 5, 20, 50, 51)
 *   q  quick path        no body: the needs are tools   q
 *                        to use now, without an account
 *
 * Only enumerated codes, digits and a place's code (and for a commune or an
 * area abroad, the rounded point of its centre, which follows from the
 * code): no free text, nothing personal. An absent segment is an unanswered
 * question; `n` alone is "I don't know yet" (no needs). The encoder writes
 * segments in the order above; the decoder reads them in any order.
 *
 * Links live for years (printed handouts, QR codes): a code, once published,
 * never changes meaning. New values get new codes here (a new need, a new
 * place kind), which old links never use, so version 1 stays readable. Only
 * a change that reinterprets existing codes needs a version 2 (see
 * linkCodec.ts).
 */
import type { NeedId } from '../content/schema';
import { departementOfPostcode } from '../places/geo';
import { departementOfCommuneCode } from '../places/placesSchema';
import type { PriorityId } from '../recommend/types';
import type { Accounts, Budget, PlaceAnswer, Profile } from '../wizard/answers';
import { accountsOfSize } from '../wizard/steps';
import type { DroppedPartId, RawSharedState, SharedState } from './sharedState';

// Record<…> over each enum: a new value (a need, a budget…) does not compile
// until it gets a code here.
const profileCodes: Record<Profile, string> = { individual: 'i', association: 'a', helper: 'h' };

const needCodes: Record<NeedId, string> = {
  email: 'e',
  files: 'f',
  calendar: 'c',
  documents: 'd',
  pad: 'p',
  visio: 'v',
  chat: 't',
  poll: 's',
  forms: 'q',
  social: 'r',
  video: 'y',
  website: 'w',
  mailinglist: 'l',
  transfer: 'x',
  spreadsheet: 'g',
  images: 'i',
  shortlink: 'u',
  association: 'a',
  events: 'z',
  project: 'j',
};

const budgetCodes: Record<Budget, string> = {
  free: 'f',
  membership: 'm',
  paid: 'p',
  unknown: 'u',
};

const priorityCodes: Record<PriorityId, string> = {
  association: 'a',
  meet: 'm',
  allInOne: 't',
  france: 'f',
  longLived: 'l',
};

/** An association's size above this is not a size we believe (nor need). */
export const maxAccounts = 100_000;

const accountsPattern = /^[1-9]\d{0,5}$/;

/** "Don't know" as a size; every other size travels as a number of accounts. */
const unknownAccountsCode = 'u';

/** The band a number of accounts falls in (a v1 link may hold any number). */
function accountsBand(count: number): Accounts {
  if (count <= 5) return 'upTo5';
  if (count <= 20) return 'upTo20';
  if (count <= 50) return 'upTo50';
  return 'more';
}

function writeAccounts(accounts: Accounts): string {
  return String(accountsOfSize[accounts] ?? unknownAccountsCode);
}

function readAccounts(body: string): Accounts | undefined {
  if (body === unknownAccountsCode) return 'unknown';
  if (!accountsPattern.test(body)) return undefined;
  const count = Number(body);
  return count <= maxAccounts ? accountsBand(count) : undefined;
}

type PlaceKind = PlaceAnswer['kind'];
type PlaceOf<K extends PlaceKind> = Extract<PlaceAnswer, { kind: K }>;

/**
 * How one kind of place travels: its one-letter code, the payload written
 * after it (codes and digits only), and the place read back from a payload
 * (any value: the PlaceAnswer schema checks it afterwards).
 */
interface PlaceReader {
  code: string;
  read: (payload: string) => unknown;
}
interface PlaceCodec<K extends PlaceKind> extends PlaceReader {
  write: (place: PlaceOf<K>) => string;
}

/**
 * A coordinate in hundredths of a degree, "n" for minus (a dash is the
 * link's end mark): 45.76 → "4576", -4.48 → "n448".
 */
function writeCoordinate(degrees: number): string {
  const hundredths = Math.round(degrees * 100);
  return hundredths < 0 ? `n${-hundredths}` : String(hundredths);
}
const coordinatePattern = /^n?\d{1,5}$/;
/** Back to degrees (`+ 0` turns -0 into 0); undefined when it is not one. */
function readCoordinate(text: string | undefined): number | undefined {
  if (text === undefined || !coordinatePattern.test(text)) return undefined;
  const hundredths = text.startsWith('n') ? -Number(text.slice(1)) : Number(text);
  return hundredths / 100 + 0;
}

/** `<code>_<lat>_<lon>`: a place code and its rounded point (the town's centre, not the person's). */
const writePoint = (code: string, place: { lat: number; lon: number }): string =>
  `${code}_${writeCoordinate(place.lat)}_${writeCoordinate(place.lon)}`;
function readPoint(payload: string): { code: string; lat?: number; lon?: number } | undefined {
  const [code, lat, lon, ...rest] = payload.split('_');
  if (code === undefined || rest.length > 0) return undefined;
  return { code, lat: readCoordinate(lat), lon: readCoordinate(lon) };
}

/**
 * One entry per kind of PlaceAnswer: a new kind does not compile until it
 * gets an entry here, with a code no other kind uses.
 */
const placeCodecs: { [K in PlaceKind]: PlaceCodec<K> } = {
  anywhere: {
    code: 'a',
    write: () => '',
    read: (payload) => (payload === '' ? { kind: 'anywhere' } : undefined),
  },
  departement: {
    code: 'd',
    write: (place) => place.code,
    read: (payload) => ({ kind: 'departement', code: payload }),
  },
  postcode: {
    code: 'c',
    write: (place) => place.code,
    // The département is not sent: it follows from the postcode.
    read: (payload) => ({
      kind: 'postcode',
      code: payload,
      departement: departementOfPostcode(payload),
    }),
  },
  // A commune (INSEE code) and its point: pm69383_4576_484. The point
  // travels so the results need not wait for the commune list; the
  // département follows from the code.
  commune: {
    code: 'm',
    write: (place) => writePoint(place.code, place),
    read: (payload) => {
      const point = readPoint(payload);
      return (
        point && { kind: 'commune', ...point, departement: departementOfCommuneCode(point.code) }
      );
    },
  },
  // An area abroad and its point: peBEWLG_5063_557 for BE-WLG. Area codes
  // are "country-area"; the dash is left out (it is the link's end mark).
  abroad: {
    code: 'e',
    write: (place) => writePoint(place.code.replace('-', ''), place),
    read: (payload) => {
      const point = readPoint(payload);
      return (
        point && {
          kind: 'abroad',
          ...point,
          code: `${point.code.slice(0, 2)}-${point.code.slice(2)}`,
        }
      );
    },
  },
};

/** The parts a segment key stands for. */
type SegmentPart = 'profile' | 'needs' | 'place' | 'budget' | 'priorities' | 'accounts' | 'quick';
const segmentKeys: Record<SegmentPart, string> = {
  profile: 'w',
  needs: 'n',
  place: 'p',
  budget: 'b',
  priorities: 'm',
  accounts: 'a',
  quick: 'q',
};

/** How a notice names a part: the quick path's mark has no name for people (sharedState.ts). */
const droppedIdOf = (part: SegmentPart): DroppedPartId => (part === 'quick' ? 'other' : part);

/** The tables, for tests (each code one character, unique within its table). */
export const v1Tables = {
  segments: segmentKeys,
  profile: profileCodes,
  needs: needCodes,
  place: Object.fromEntries(Object.entries(placeCodecs).map(([kind, c]) => [kind, c.code])),
  budget: budgetCodes,
  priorities: priorityCodes,
} as const;

/** Code → value, in a Map so that "constructor" or "__proto__" find nothing. */
function reverse<T extends string>(table: Record<T, string>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table).map(([value, code]) => [code as string, value as T]));
}
const profileByCode = reverse(profileCodes);
const needByCode = reverse(needCodes);
const budgetByCode = reverse(budgetCodes);
const priorityByCode = reverse(priorityCodes);
const partByKey = reverse(segmentKeys);
const placeByCode: ReadonlyMap<string, PlaceReader> = new Map(
  Object.values<PlaceReader>(placeCodecs).map((c) => [c.code, c]),
);

/** What a place payload may contain: nothing to escape in a URL, no dot, no dash. */
const safePayload = /^[A-Za-z0-9_]*$/;

function writePlace(place: PlaceAnswer): string | null {
  const codec = placeCodecs[place.kind] as PlaceCodec<PlaceKind>;
  const payload = codec.write(place);
  return safePayload.test(payload) ? `${codec.code}${payload}` : null;
}

function writeCodes<T extends string>(values: readonly T[], table: Record<T, string>): string {
  return [...new Set(values)].map((value) => table[value]).join('');
}

/** The segments of a state whose parts are all valid (linkCodec.ts checks it first). */
export function encodeV1(state: SharedState): string[] {
  const { profile, accounts, needs, place, budget, priorities, quick } = state.answers;
  const segments: string[] = [];
  const add = (part: SegmentPart, body: string | null) => {
    if (body !== null) segments.push(`${segmentKeys[part]}${body}`);
  };
  if (profile !== undefined) add('profile', profileCodes[profile]);
  if (needs !== undefined) add('needs', writeCodes(needs, needCodes));
  if (place !== undefined) add('place', writePlace(place));
  if (budget !== undefined) add('budget', budgetCodes[budget]);
  if (priorities !== undefined) add('priorities', writeCodes(priorities, priorityCodes));
  if (accounts !== undefined) add('accounts', writeAccounts(accounts));
  if (quick === true) add('quick', '');
  return segments;
}

export interface DecodedV1 {
  raw: RawSharedState;
  dropped: DroppedPartId[];
}

/**
 * A list of one-character codes: unknown codes are dropped (the part is
 * named), repeats are ignored; undefined when nothing at all was known.
 */
function readCodes<T>(
  body: string,
  byCode: ReadonlyMap<string, T>,
): { values?: T[]; lost: boolean } {
  const values: T[] = [];
  let lost = false;
  for (const code of body) {
    const value = byCode.get(code);
    if (value === undefined) lost = true;
    else if (!values.includes(value)) values.push(value);
  }
  return lost && values.length === 0 ? { lost } : { values, lost };
}

/**
 * Reads the segments after the version. Each part is read on its own: a
 * part that is unknown, repeated or unreadable is dropped and named, and
 * the others are kept. Values are checked against the schemas afterwards.
 * A link without its end mark was cut: its last segment may be cut too
 * ("nev" cut to "ne" still reads), so it is dropped and named.
 */
export function decodeV1(segments: readonly string[], ended: boolean): DecodedV1 {
  const dropped: DroppedPartId[] = [];
  const bodies = new Map<SegmentPart, string>();
  const repeated = new Set<SegmentPart>();
  if (!ended) dropped.push('truncated');
  segments.forEach((segment, index) => {
    // An empty segment ("1.wa..bm", a trailing dot added by a chat app) carries nothing.
    if (segment === '') return;
    const part = partByKey.get(segment.charAt(0));
    const cut = !ended && index === segments.length - 1;
    if (part === undefined) {
      if (!cut) dropped.push('other');
    } else if (bodies.has(part)) {
      // Two answers for one question: neither can be trusted.
      repeated.add(part);
    } else if (cut) {
      dropped.push(droppedIdOf(part));
    } else {
      bodies.set(part, segment.slice(1));
    }
  });
  for (const part of repeated) {
    bodies.delete(part);
    dropped.push(droppedIdOf(part));
  }

  const raw: RawSharedState = { answers: {} };
  const unknownCode = (part: SegmentPart, value: unknown): unknown => {
    if (value === undefined) dropped.push(droppedIdOf(part));
    return value;
  };
  for (const [part, body] of bodies) {
    switch (part) {
      case 'profile':
        raw.answers.profile = unknownCode(part, profileByCode.get(body));
        break;
      case 'budget':
        raw.answers.budget = unknownCode(part, budgetByCode.get(body));
        break;
      case 'place': {
        const codec = placeByCode.get(body.charAt(0));
        raw.answers.place = unknownCode(part, codec?.read(body.slice(1)));
        break;
      }
      case 'needs':
      case 'priorities': {
        const { values, lost } = readCodes<string>(
          body,
          part === 'needs' ? needByCode : priorityByCode,
        );
        if (lost) dropped.push(part);
        if (part === 'needs') raw.answers.needs = values;
        else raw.answers.priorities = values;
        break;
      }
      case 'accounts':
        raw.answers.accounts = unknownCode(part, readAccounts(body));
        break;
      case 'quick':
        raw.answers.quick = unknownCode(part, body === '' ? true : undefined);
        break;
    }
  }
  return { raw, dropped };
}

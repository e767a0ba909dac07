/**
 * The share link: answers (and optional extras) in the URL fragment,
 * `#r=1.wa.nev.pc69003.bm-`, which browsers never send to a server.
 *
 * Format: `<version>.<segments>-`. The version is a number; each version has
 * its own decoder, so a link printed on a handout years ago still opens.
 * The final dash is the end mark: without it the link was cut short, and
 * the decoder says so instead of reading "nev" cut to "ne" as fewer needs.
 * No other character of a link is a dash; what follows the end mark is
 * ignored (a bracket or a quote a chat app kept), and named as "other" when
 * it holds letters or digits. Version 1's segments are
 * described in linkV1.ts.
 *
 * A link is untrusted input (cut by a chat app, edited by hand, random):
 * `decodeShareFragment` never throws, keeps every part that is valid, and
 * names what it dropped so the page can say so in one sentence.
 *
 * To add version 2: write linkV2.ts (encodeV2, decodeV2), point
 * `encodeShareFragment` at it and `currentVersion` to 2, and register
 * `['1', (segments, ended) => upgradeV1(decodeV1(segments, ended))]`, where
 * `upgradeV1` turns what version 1 read into what version 2 means. Every
 * decoded state is then checked with today's schemas.
 */
import { decodeV1, encodeV1, type DecodedV1 } from './linkV1';
import { maxFragmentLength, shareParam } from './shareFragment';
import {
  checkSharedState,
  droppedList,
  type DroppedPart,
  type DroppedPartId,
  type SharedState,
} from './sharedState';

export { SharedState, droppedPartIds, type DroppedPart, type DroppedPartId } from './sharedState';
export { maxAccounts } from './linkV1';

export { maxFragmentLength, readShareFragment, shareParam } from './shareFragment';
/** The version `encodeShareFragment` writes. */
export const currentVersion = 1;

export interface DecodedShare {
  state: SharedState;
  dropped: DroppedPart[];
}

const separator = '.';
const endMark = '-';

/** Each version's reader (segments, and whether the end mark was there), brought up to today's meaning. */
const decoders: ReadonlyMap<string, (segments: readonly string[], ended: boolean) => DecodedV1> =
  new Map([['1', decodeV1]]);

/**
 * The fragment's value for a state: `1.wa.nev.pc69003.bm-`. Only valid
 * parts are written (an invalid one is left out), so the link always opens.
 */
export function encodeShareFragment(state: SharedState): string {
  const { value: valid } = checkSharedState(state);
  return [String(currentVersion), ...encodeV1(valid)].join(separator) + endMark;
}

const nothing = (id: DroppedPartId): DecodedShare => ({
  state: { answers: {} },
  dropped: [{ part: id }],
});

/**
 * Reads a fragment's value (what follows `#r=`). Never throws: whatever the
 * input, the state is valid (possibly empty) and `dropped` names what was
 * left out, once each, in the order of `droppedPartIds`.
 */
export function decodeShareFragment(input: string): DecodedShare {
  try {
    if (typeof input !== 'string' || input.length > maxFragmentLength) return nothing('unreadable');
    const text = input.trim();
    const end = text.indexOf(endMark);
    const ended = end >= 0;
    const [version = '', ...segments] = (ended ? text.slice(0, end) : text).split(separator);
    if (!/^\d{1,4}$/.test(version)) return nothing('unreadable');
    const decode = decoders.get(String(Number(version)));
    if (decode === undefined) return nothing('version');
    const { raw, dropped } = decode(segments, ended);
    // After the end mark, punctuation is a chat app's; letters or digits were part of something.
    if (ended && /[A-Za-z0-9]/.test(text.slice(end + 1))) dropped.push('other');
    const checked = checkSharedState(raw);
    return { state: checked.value, dropped: droppedList([...dropped, ...checked.dropped]) };
  } catch {
    // Unreachable as far as we know; a link must never break the page.
    return nothing('unreadable');
  }
}

/**
 * The full link to share: the page's address (any sub-folder kept) without
 * its query or fragment, then `#r=…`.
 */
export function shareUrl(baseHref: string, state: SharedState): string {
  const base = baseHref.split('#')[0]?.split('?')[0] ?? '';
  return `${base}#${shareParam}=${encodeShareFragment(state)}`;
}

/**
 * Finding a share link in the address, without reading it: the first
 * download uses this to tell a first visit from an opened link, and leaves
 * the decoding (linkCodec.ts, with the schemas) to code fetched later.
 */

/** The fragment's parameter: `#r=…`. */
export const shareParam = 'r';
/**
 * Longer input is refused before any parsing. A version 1 link is under 80
 * characters; the margin leaves room for new kinds of answers.
 */
export const maxFragmentLength = 512;

/**
 * The share value in `location.hash`, or null when there is none. The
 * fragment may hold other parameters, separated by `&` (`#atelier&r=…`).
 */
export function readShareFragment(hash: string): string | null {
  if (typeof hash !== 'string') return null;
  const prefix = `${shareParam}=`;
  const param = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith(prefix));
  if (param === undefined) return null;
  const value = param.slice(prefix.length);
  // Too long to be a link: left as is, the decoder refuses it.
  if (value.length > maxFragmentLength || !value.includes('%')) return value;
  try {
    // Some apps escape characters of links they pass on.
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

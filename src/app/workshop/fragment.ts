/**
 * The address's fragment as a list of parameters: `#atelier&r=1.wa-` holds
 * `atelier` and `r=1.wa-`. Fragments never reach a server, so the mode and
 * the share link can sit there side by side.
 */

/** The parameters of a fragment (`#a&b=c` → ['a', 'b=c']), empty ones left out. */
export function fragmentParams(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((param) => param !== '');
}

/** A fragment from parameters: '' when there are none, so the address ends cleanly. */
export function fragmentOf(params: readonly string[]): string {
  return params.length === 0 ? '' : `#${params.join('&')}`;
}

/** The fragment without the parameter `name` (`name` alone or `name=…`). */
export function withoutParam(hash: string, name: string): string {
  return fragmentOf(
    fragmentParams(hash).filter((param) => param !== name && !param.startsWith(`${name}=`)),
  );
}

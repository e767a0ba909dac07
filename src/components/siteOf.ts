/** "https://pad.example.org/p/" → "pad.example.org": where a link leads, in a few letters. */
export function siteOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

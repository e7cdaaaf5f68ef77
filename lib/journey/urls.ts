/** The host (with its port) of an address, or '' for one that does not parse (an odd page's URL). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

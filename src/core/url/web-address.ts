/**
 * Reading web addresses, in one place: every part of the core, the reader
 * and the glue gets a URL from untrusted text (a page's links, its
 * canonical address, a stored site, a snapshot's answer), and each used to
 * wrap `new URL` in its own try. None of these throws.
 */

/** The address parsed (relative to base when given), or null when it is not one. */
export function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** Whether the text starts as an http(s) address does: a check of the scheme only, before any parse. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The address without its fragment: the page itself, wherever on it the reader scrolled. */
export function withoutFragment(url: string): string {
  return url.replace(/#.*$/, '');
}

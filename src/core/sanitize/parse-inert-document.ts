/**
 * A page snapshot (HTML from the page's tab) as a Document nothing can run
 * in: DOMParser's documents have no browsing context, so their scripts never
 * run, their pictures never load and their handlers never fire. It is not
 * sanitized: the reader pipeline reads it like the page itself (Readability
 * copies it first) and everything it shows passes DOMPurify after.
 *
 * The copy answers with the page's own address: the article decision and
 * the cleaning passes read `document.URL` (the page's site, its own links),
 * and a DOMParser document would otherwise carry the extension page's. Its
 * relative links resolve against the page's base, through a <base> put first
 * in its head.
 */
export function parseInertDocument(html: string, address: { url: string; baseUrl: string }, Parser: typeof DOMParser): Document {
  const doc = new Parser().parseFromString(html, 'text/html');
  pinAddress(doc, address.url);
  const base = doc.createElement('base');
  base.setAttribute('href', address.baseUrl);
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement('head'), doc.documentElement.firstChild);
  head.insertBefore(base, head.firstChild);
  return doc;
}

/**
 * Gives `doc` the page's address as its URL and documentURI (own properties
 * shadow the prototype's getters). cloneDocument carries it over to its copy.
 */
export function pinAddress(doc: Document, url: string): void {
  for (const key of ['URL', 'documentURI'] as const) Object.defineProperty(doc, key, { value: url, configurable: true, enumerable: false, writable: false });
}

/** The address pinned on a document by pinAddress, if any. */
export function pinnedAddress(doc: Document): string | null {
  return Object.prototype.hasOwnProperty.call(doc, 'URL') ? doc.URL : null;
}

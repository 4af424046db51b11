/**
 * A page snapshot (HTML from the page's tab) as a Document nothing can run
 * in: DOMParser's documents have no browsing context, so their scripts never
 * run, their pictures never load and their handlers never fire. It is not
 * sanitized: the reader pipeline reads it like the page itself (Readability
 * copies it first) and everything it shows passes DOMPurify after.
 *
 * The copy answers with the page's own address and base: the article
 * decision and the cleaning passes read `document.URL` (the page's site, its
 * own links), Readability makes links absolute against `document.baseURI`
 * and the sanitizer gets it too, and a DOMParser document would otherwise
 * carry the extension page's. A <base> element would not do: the extension
 * pages' `base-uri 'none'` holds for the documents they parse, and Chromium
 * ignores it there.
 */
export function parseInertDocument(html: string, address: PinnedAddress, Parser: typeof DOMParser): Document {
  const doc = new Parser().parseFromString(html, 'text/html');
  pinAddress(doc, address);
  return doc;
}

export interface PinnedAddress {
  url: string;
  baseUrl: string;
}

/**
 * Gives `doc` the page's address as its URL and documentURI and the page's
 * base as its baseURI (own properties shadow the prototype's getters).
 * cloneDocument carries them over to its copy.
 */
export function pinAddress(doc: Document, address: PinnedAddress): void {
  const pin = (key: 'URL' | 'documentURI' | 'baseURI', value: string) => Object.defineProperty(doc, key, { value, configurable: true, enumerable: false, writable: false });
  pin('URL', address.url);
  pin('documentURI', address.url);
  pin('baseURI', address.baseUrl);
}

/** The address pinned on a document by pinAddress, if any. */
export function pinnedAddress(doc: Document): PinnedAddress | null {
  return Object.prototype.hasOwnProperty.call(doc, 'URL') ? { url: doc.URL, baseUrl: doc.baseURI } : null;
}

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
/** The extension page's own constructors: its window. */
export interface DomRealm {
  DOMParser: typeof DOMParser;
  Document: typeof Document;
  Element: typeof Element;
}

export function parseInertDocument(html: string, address: PinnedAddress, realm: DomRealm): Document {
  const doc = new realm.DOMParser().parseFromString(html, 'text/html');
  unclobber(doc, realm);
  pinAddress(doc, address);
  return doc;
}

// The elements a document exposes as its own properties by name (and an object also by id).
const NAMED = 'img[name], form[name], iframe[name], embed[name], object[name], object[id]';

/**
 * The page's markup can name an element after a method of the document
 * (`<img name="createElement">` makes document.createElement that picture).
 * In the page, the content script's world never saw those names; in a copy
 * parsed in our own page it would, and Readability calls createElement. The
 * names go (nothing the reader shows depends on them), found through the
 * prototype's own method, which no name can shadow.
 */
function unclobber(doc: Document, realm: DomRealm): void {
  const remove = realm.Element.prototype.removeAttribute;
  for (const el of Array.from(realm.Document.prototype.querySelectorAll.call(doc, NAMED) as NodeListOf<Element>)) {
    remove.call(el, 'name');
    if (el.localName === 'object') remove.call(el, 'id');
  }
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
  const pin = (key: 'URL' | 'documentURI' | 'baseURI', value: string) =>
    Object.defineProperty(doc, key, { value, configurable: true, enumerable: false, writable: false });
  pin('URL', address.url);
  pin('documentURI', address.url);
  pin('baseURI', address.baseUrl);
}

/** The address pinned on a document by pinAddress, if any. */
export function pinnedAddress(doc: Document): PinnedAddress | null {
  return Object.prototype.hasOwnProperty.call(doc, 'URL') ? { url: doc.URL, baseUrl: doc.baseURI } : null;
}

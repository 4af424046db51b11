import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, settleAttributes } from './allow-list';
import { isUnseenPicture } from './is-unseen-picture';

export { ALLOWED_ATTR, ALLOWED_TAGS } from './allow-list';

/**
 * DOMPurify with the allow list of allow-list.ts (what an article may
 * contain, and what its addresses may be): the one place where an HTML
 * string becomes DOM in the extension's own contexts. The in-page reader,
 * which must stay small, rebuilds instead (rebuild-sanitizer.ts), from the
 * same list.
 */
export interface Sanitizer {
  /** Clean HTML string, for storage and transfer. */
  toHtml(html: string): string;
  /**
   * Sanitizes el's subtree in place (DOMPurify IN_PLACE), with the same
   * policy and hooks: what toHtml(el.innerHTML) gives, without the string
   * round trip (which in jsdom costs more than all our cleaning passes). el
   * itself must be an allowed tag (a div); its own attributes are cleaned
   * too. Call it on a detached clone, never on the live page.
   */
  inPlace(el: Element): void;
  /** Clean DOM, owned by the sanitizer's document, ready to insert. */
  toFragment(html: string): DocumentFragment;
}

export function createSanitizer(win: WindowLike, baseUrl?: string): Sanitizer {
  const purify = createDOMPurify(win);
  const config: Config = {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  };
  purify.addHook('uponSanitizeElement', (node, data) => {
    const el = node as Element;
    if (el.nodeType !== 1 || !el.parentNode) return;
    // Attributes still as the page wrote them: the size and hidden state are known here, not after.
    if (data.tagName === 'img' && isUnseenPicture(el)) el.remove();
    else if (el.hasAttribute('is')) el.replaceWith(withoutIs(el));
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Text and comments come through this hook too.
    if (node.nodeType === 1) settleAttributes(node as Element, baseUrl);
  });
  const stringConfig: Config = { ...config, RETURN_TRUSTED_TYPE: false };
  const fragmentConfig = { ...config, RETURN_DOM_FRAGMENT: true as const };
  const inPlaceConfig = { ...config, IN_PLACE: true as const };
  const inPlace = (el: Element): void => {
    // DOMPurify returns the node itself only when it sanitized it in place; anything else must not pass as clean.
    if (purify.sanitize(el, inPlaceConfig) !== el) throw new TypeError('The sanitizer could not clean the article in place.');
  };
  return {
    toHtml: (html) => purify.sanitize(html, stringConfig) as string,
    inPlace,
    toFragment: (html) => purify.sanitize(html, fragmentConfig) as DocumentFragment,
  };
}

/**
 * The same element made afresh without `is`. Removing the attribute is not
 * enough: an element keeps the "is" value it was created with, serializes
 * it, and once inserted into a page whose script defined that customized
 * built-in (the in-page reader's shadow root is in the page's document), is
 * upgraded with the page's class, which then holds a node inside our closed
 * shadow root. DOMPurify's own answer drops the element and its text.
 */
function withoutIs(el: Element): Element {
  const fresh = el.ownerDocument.createElementNS(el.namespaceURI, el.localName);
  // Only what the allow list keeps anyway: the rest would be removed next.
  for (const a of Array.from(el.attributes)) if (ALLOWED_ATTR.includes(a.name)) fresh.setAttribute(a.name, a.value);
  while (el.firstChild) fresh.appendChild(el.firstChild);
  return fresh;
}

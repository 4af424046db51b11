import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { isUnseenPicture } from './is-unseen-picture';
import { parseUrl } from '../url/web-address';

/**
 * The one place where an HTML string becomes DOM. Every page is hostile, so
 * the article passes through DOMPurify with an allow list of what reading
 * needs, tags and attributes both: an element or attribute not named here is
 * out, including every one HTML adds later, until we let it in. So no
 * scripts, styles, forms, frames or event handlers; no `crossorigin` (a CORS
 * image request carries the extension's origin, in Firefox a per-install id),
 * no `part`/`exportparts`/`slot` (page CSS would reach into the in-page
 * reader through ::part), no `is`, `nonce`, `command`/`commandfor`,
 * `popover`, `autoplay`, `loop`, `download`, `tabindex`, `inert`,
 * `draggable`, ids, classes or ARIA references to ids that are gone. Links
 * open in a new tab without an opener; only http(s), mailto and tel links
 * and http(s) or data:image pictures survive; media wait for a click and
 * fetch nothing before it; pictures nobody sees (tracking pixels, hidden
 * ones) are dropped.
 */
// prettier-ignore
export const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center', 'cite',
  'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strike',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var',
  'video', 'wbr',
];
// prettier-ignore
export const ALLOWED_ATTR = [
  // links and pictures (their values are checked by the hook below)
  'href', 'src', 'srcset', 'sizes', 'media', 'type', 'alt', 'width', 'height', 'poster', 'controls', 'cite',
  // text
  'title', 'lang', 'dir', 'datetime', 'value', 'start', 'reversed', 'open',
  // tables
  'colspan', 'rowspan', 'headers', 'scope', 'abbr', 'span',
];
const KEEP_ATTR = new Set(ALLOWED_ATTR);
const SAFE_URL = /^(?:https?:|mailto:|tel:|#)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);)/i;

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
    ALLOWED_TAGS,
    ALLOWED_ATTR,
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
    const el = node as Element;
    if (!el.getAttribute) return;
    for (const attr of ['href', 'src', 'poster', 'cite', 'xlink:href']) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const abs = absolutize(v, baseUrl);
      // A link address belongs on a link: on anything else it does nothing but can confuse whoever reads the HTML next.
      const onLink = el.localName === 'a' || el.localName === 'area';
      const ok = attr === 'href' ? onLink && SAFE_URL.test(abs) : attr === 'cite' ? SAFE_URL.test(abs) : SAFE_IMAGE.test(abs);
      if (ok) el.setAttribute(attr, abs);
      else el.removeAttribute(attr);
    }
    if (el.hasAttribute('srcset')) {
      const parts = (el.getAttribute('srcset') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((c) => {
          const [u = '', ...d] = c.split(/\s+/);
          return [absolutize(u, baseUrl), ...d].join(' ');
        })
        .filter((c) => /^https?:/i.test(c));
      if (parts.length) el.setAttribute('srcset', parts.join(', '));
      else el.removeAttribute('srcset');
    }
    if (el.localName === 'a' && el.hasAttribute('href') && !(el.getAttribute('href') ?? '').startsWith('#')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (el.localName === 'img') el.setAttribute('loading', 'lazy');
    // Neither autoplay nor loop is allowed; preload none: nothing is fetched until the reader presses play.
    if (el.localName === 'video' || el.localName === 'audio') {
      // Both set afresh, in one order, so sanitizing the output again gives the same HTML.
      el.removeAttribute('controls');
      el.setAttribute('preload', 'none');
      el.setAttribute('controls', '');
    }
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
  for (const a of Array.from(el.attributes)) if (KEEP_ATTR.has(a.name)) fresh.setAttribute(a.name, a.value);
  while (el.firstChild) fresh.appendChild(el.firstChild);
  return fresh;
}

function absolutize(url: string, base?: string): string {
  const u = url.trim();
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('#')) return u;
  return parseUrl(u, base)?.href ?? u;
}

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
export const ALLOWED_TAGS: readonly string[] = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center', 'cite',
  'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strike',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var',
  'video', 'wbr',
];
// prettier-ignore
export const ALLOWED_ATTR: readonly string[] = [
  // links and pictures (their values are checked by settleAttributes below)
  'href', 'src', 'srcset', 'sizes', 'media', 'type', 'alt', 'width', 'height', 'poster', 'controls', 'cite',
  // text
  'title', 'lang', 'dir', 'datetime', 'value', 'start', 'reversed', 'open',
  // tables
  'colspan', 'rowspan', 'headers', 'scope', 'abbr', 'span',
];
const SAFE_URL = /^(?:https?:|mailto:|tel:|#)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);)/i;

/**
 * The addresses of an element whose attributes are already on the allow
 * list, checked and made absolute, and what the reader adds: links open in
 * a new tab without an opener, pictures load lazily, media fetch nothing
 * before a click. Both sanitizers run it on every element they keep.
 */
export function settleAttributes(el: Element, baseUrl?: string): void {
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
}

function absolutize(url: string, base?: string): string {
  const u = url.trim();
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('#')) return u;
  return parseUrl(u, base)?.href ?? u;
}

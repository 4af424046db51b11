import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

/**
 * The one place where an HTML string becomes DOM. Every page is hostile, so
 * the article passes through DOMPurify with a reading-only allow list: no
 * scripts, styles, forms, frames or event handlers; links open in a new tab
 * without an opener; only http(s), mailto and tel links and http(s) or
 * data:image pictures survive.
 */
const FORBID_TAGS = ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'dialog', 'svg', 'math', 'noscript', 'portal', 'slot'];
const FORBID_ATTR = ['style', 'class', 'id', 'name', 'srcdoc', 'formaction', 'action', 'background', 'ping', 'target', 'rel', 'usemap', 'popover', 'popovertarget'];
const SAFE_URL = /^(?:https?:|mailto:|tel:|#)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);)/i;

/**
 * The string sanitizer, carrying the same policy for an element that is
 * already DOM (the extracted article): extractArticle takes `toHtml` and uses
 * `toHtml.element` when present, which saves serializing the article, parsing
 * it again and serializing the result (most of the pipeline's extra time).
 */
export interface HtmlSanitizer {
  (html: string): string;
  /**
   * Sanitizes el's subtree in place (DOMPurify IN_PLACE), with the same
   * policy and hooks: what toHtml(el.innerHTML) gives, without the string
   * round trip. el itself must be an allowed tag (a div); its own attributes
   * are cleaned too. Call it on a detached clone, never on the live page.
   */
  element(el: Element): void;
}

export interface Sanitizer {
  /** Clean HTML string, for storage and transfer. */
  toHtml: HtmlSanitizer;
  /** Clean DOM, owned by the sanitizer's document, ready to insert. */
  toFragment(html: string): DocumentFragment;
}

export function createSanitizer(win: WindowLike, baseUrl?: string): Sanitizer {
  const purify = createDOMPurify(win);
  const config: Config = {
    FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false, ALLOW_UNKNOWN_PROTOCOLS: false,
    ADD_ATTR: [],
  };
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
      if (ok) el.setAttribute(attr, abs); else el.removeAttribute(attr);
    }
    if (el.hasAttribute('srcset')) {
      const parts = (el.getAttribute('srcset') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
        .map((c) => { const [u = '', ...d] = c.split(/\s+/); return [absolutize(u, baseUrl), ...d].join(' '); })
        .filter((c) => /^https?:/i.test(c));
      if (parts.length) el.setAttribute('srcset', parts.join(', ')); else el.removeAttribute('srcset');
    }
    if (el.localName === 'a' && el.hasAttribute('href') && !(el.getAttribute('href') ?? '').startsWith('#')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (el.localName === 'img') el.setAttribute('loading', 'lazy');
  });
  const stringConfig: Config = { ...config, RETURN_TRUSTED_TYPE: false };
  const fragmentConfig = { ...config, RETURN_DOM_FRAGMENT: true as const };
  const inPlaceConfig = { ...config, IN_PLACE: true as const };
  const inPlace = (el: Element): void => {
    // DOMPurify returns the node itself only when it sanitized it in place; anything else must not pass as clean.
    if (purify.sanitize(el, inPlaceConfig) !== el) throw new TypeError('The sanitizer could not clean the article in place.');
  };
  const toHtml: HtmlSanitizer = Object.assign((html: string) => purify.sanitize(html, stringConfig) as string, { element: inPlace });
  return {
    toHtml,
    toFragment: (html) => purify.sanitize(html, fragmentConfig) as DocumentFragment,
  };
}

function absolutize(url: string, base?: string): string {
  const u = url.trim();
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('#')) return u;
  try { return new URL(u, base).href; } catch { return u; }
}

import { parseDocument } from '../../src/node/parse-document';

/** Where a canary URL survived in clean output. Text (also alt or title text) is inert; an image or a link is a plain http(s) reference. */
export type CanaryPlace = 'text' | 'image' | 'link';

export interface Inspection {
  /** Anything that could run code, fetch through CSS or restyle the reader. Must be empty. */
  violations: string[];
  /** For each canary URL asked about, where it survived (empty: nowhere). */
  canaryPlaces: Map<string, CanaryPlace[]>;
}

// One inert document for every inspection: a jsdom per call would dominate the run.
const { window: shared } = parseDocument('<!doctype html><body></body>');
const parser = new (shared as unknown as { DOMParser: typeof DOMParser }).DOMParser();

const BAD_ELEMENTS =
  'script, style, link, meta, base, form, input, button, textarea, select, iframe, frame, frameset, object, embed, applet, svg, math, template, noscript, dialog, portal';
// prettier-ignore
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'data', 'background', 'xlink:href', 'longdesc', 'lowsrc', 'dynsrc', 'ping', 'codebase']);
const BAD_SCHEME = /^\s*(?:javascript|vbscript|data:text|data:application|data:image\/svg)/i;
const SAFE_LINK = /^(?:https?:|mailto:|tel:|#)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);)/i;

/** Checks clean article HTML, as the DOM it parses to: elements, attributes and every URL. */
export function inspectOutput(html: string, canaries: readonly string[]): Inspection {
  const violations: string[] = [];
  const canaryPlaces = new Map<string, CanaryPlace[]>(canaries.map((c) => [c, []]));
  // Judged on the parsed DOM, not the string: text and alt or title values may hold "<script" or " style=" as inert words.
  const document = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const el of Array.from(document.body.querySelectorAll(BAD_ELEMENTS))) violations.push(`a <${el.localName}> element`);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) violations.push(`${name} on <${el.localName}>`);
      if (name === 'style' || name === 'srcdoc' || name === 'id' || name === 'name') violations.push(`${name} on <${el.localName}>`);
      if (URL_ATTRS.has(name)) {
        const urls = name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [attr.value];
        for (const url of urls) {
          if (BAD_SCHEME.test(url)) violations.push(`${name}="${url.slice(0, 60)}" on <${el.localName}>`);
          const safe = el.localName === 'a' && name === 'href' ? SAFE_LINK : SAFE_IMAGE;
          if (!safe.test(url)) violations.push(`${name}="${url.slice(0, 60)}" on <${el.localName}> is not an allowed URL`);
        }
      }
      for (const canary of canaries) {
        if (!attr.value.includes(canary)) continue;
        const places = canaryPlaces.get(canary)!;
        if (el.localName === 'img' && (name === 'src' || name === 'srcset')) places.push('image');
        else if (el.localName === 'a' && name === 'href') places.push('link');
        else if (URL_ATTRS.has(name)) violations.push(`${canary} in ${name} on <${el.localName}>`);
        else places.push('text'); // an alt or title holding markup as text
      }
    }
  }
  const text = document.body.textContent ?? '';
  for (const canary of canaries) if (text.includes(canary)) canaryPlaces.get(canary)!.push('text');
  return { violations, canaryPlaces };
}

import { linkDensity } from '../text/link-density';
import { countWords, normalizeForCompare } from '../text/normalize-for-compare';
import { EXTEND } from './extend-thresholds';

// Where a paragraph is the page's furniture, not its story: it is never taken in.
const FURNITURE_TAGS = new Set(['aside', 'nav', 'footer', 'header', 'form', 'li', 'dd', 'td', 'th', 'figure', 'figcaption', 'button']);
const FURNITURE_NAMES =
  /comment|sidebar|related|footer|promo|share|sponsor|newsletter|signup|subscribe|teaser|widget|popular|trending|recommend|caption|hidden|modal|cookie|byline|author|meta/i;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);
// A paragraph of the story holds none of these: one that does is a widget, a form or a call to action.
const PICTURES = 'img, picture, video, svg';
const NOT_PROSE = 'script, iframe, form, input, button, select, textarea, object, embed';

/**
 * Readability keeps one container and the siblings it scores high enough;
 * a story whose first paragraph sits in a container of its own (a lead
 * above the body, a body split around an advertisement) loses it. This
 * takes in the page's paragraphs just before the article's first one and
 * just after its last one, one at a time while each reads like the story
 * and lies next to it: prose (enough words, few in links) shaped like the
 * paragraph beside it (same tag, class and parent tag), a few levels from
 * it, with little text between them and not inside the page's furniture
 * (asides, lists, forms, comment threads, captions). A paragraph the page's
 * structured data gives as part of the story (readArticleBody) is taken
 * whatever its shape. The first paragraph that fails stops the walk.
 *
 * `page` is the live page, only read; copies of its paragraphs go into
 * `content`, each run through `prepare` (the copy's own per-element pass).
 * Returns the number of paragraphs taken in.
 */
export function extendToSiblings(
  content: Element,
  page: Document,
  storyText: () => string | null,
  prepare?: (el: Element) => void,
): number {
  const inContent = Array.from(content.getElementsByTagName('p'));
  const body = page.body;
  if (!body || !inContent.length) {
    for (const p of inContent) p.removeAttribute(PARAGRAPH_INDEX);
    return 0;
  }
  // querySelectorAll, not getElementsByTagName: after the copy's walk over a wide page (tens of thousands of
  // children), jsdom's live collection of the page took minutes to list (cli.e2e's 5 MB page: > 300 s
  // against 0.2 s); a static list costs the same in browsers.
  const live = Array.from(body.querySelectorAll('p'));
  // The article's paragraphs by their place among the page's (numbered in the copy: PARAGRAPH_INDEX), each checked by its text.
  const placed = new Set<number>();
  const placeOf = (p: Element): number => {
    const i = Number(p.getAttribute(PARAGRAPH_INDEX) ?? -1);
    return i >= 0 && live[i]?.textContent === p.textContent ? i : -1;
  };
  for (const p of inContent) {
    const i = Number(p.getAttribute(PARAGRAPH_INDEX) ?? -1);
    if (i >= 0) placed.add(i);
  }
  // Readability rewrites some paragraphs (mis-nested markup, scripts inside): one whose text the article already holds in part is no new paragraph.
  let contentText: string | null = null;
  const overlaps = (text: string) => {
    contentText ??= collapse(content.textContent ?? '');
    const t = collapse(text);
    return contentText.includes(t.slice(0, EXTEND.overlapChars)) || contentText.includes(t.slice(-EXTEND.overlapChars));
  };

  let added = 0;
  const take = (from: number, step: -1 | 1, beside: Element) => {
    let anchor = live[from]!;
    let ref = beside;
    for (let k = from + step, seen = 0; k >= 0 && k < live.length && added < EXTEND.maxAdded && seen < EXTEND.maxSeen; k += step, seen++) {
      const cand = live[k]!;
      const text = cand.textContent ?? '';
      if (!text.trim() || cand.contains(anchor) || anchor.contains(cand)) continue;
      if (placed.has(k) || overlaps(text)) break;
      const [before, after] = step < 0 ? [cand, anchor] : [anchor, cand];
      if (!belongs(cand, anchor, text, storyText, before, after)) break;
      const copy = content.ownerDocument.importNode(cand, true);
      if (prepare) {
        prepare(copy);
        for (const el of Array.from(copy.getElementsByTagName('*'))) prepare(el);
      }
      ref.parentNode?.insertBefore(copy, step < 0 ? ref : ref.nextSibling);
      placed.add(k);
      contentText = null;
      ref = copy;
      anchor = cand;
      added++;
    }
  };
  // The first and last paragraphs of the article found in their place on the page.
  const first = inContent.findIndex((p) => placeOf(p) >= 0);
  if (first >= 0) {
    let last = inContent.length - 1;
    while (last > first && placeOf(inContent[last]!) < 0) last--;
    const lastEl = inContent[last]!;
    const lastPlace = placeOf(lastEl);
    take(placeOf(inContent[first]!), -1, inContent[first]!);
    take(lastPlace, 1, lastEl);
  }
  for (const p of inContent) p.removeAttribute(PARAGRAPH_INDEX);
  return added;
}

/** Set on each paragraph of the copy (numberParagraphs), its place among the page's paragraphs; removed by extendToSiblings. */
export const PARAGRAPH_INDEX = 'data-ac-p';

/** A visit for cloneDocument's walk: numbers the copy's paragraphs in document order, as the page's own are. */
export function numberParagraphs(): (el: Element) => void {
  let n = 0;
  return (el) => {
    if (el.localName === 'p') el.setAttribute(PARAGRAPH_INDEX, String(n++));
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function belongs(cand: Element, anchor: Element, text: string, storyText: () => string | null, before: Element, after: Element): boolean {
  const lca = commonAncestor(cand, anchor);
  if (!lca || furnitureBetween(cand, lca) || cand.querySelector(NOT_PROSE)) return false;
  if (readsLikeStory(cand, anchor, text, lca) && gapWords(before, after, lca, EXTEND.maxGapWords) <= EXTEND.maxGapWords) return true;
  // Read only when the paragraph's shape does not say: what the page states as its story's text, whatever the paragraph's shape.
  const key = normalizeForCompare(text);
  const story = key.length >= EXTEND.minStatedChars ? storyText() : null;
  if (!story || !story.includes(key)) return false;
  return gapWords(before, after, lca, EXTEND.maxGapWords * 4) <= EXTEND.maxGapWords * 4;
}

/** Prose shaped like the paragraph beside it, a few levels from it. */
function readsLikeStory(cand: Element, anchor: Element, text: string, lca: Element): boolean {
  if (!/[.!?…"'”»)]\s*$/.test(text) || countWords(text) < EXTEND.minWords || linkDensity(cand) > EXTEND.maxLinkDensity) return false;
  if (!sameShape(cand, anchor)) return false;
  // A paragraph that shares its own box with a picture is the picture's caption, not the story's next paragraph.
  const box = cand.parentElement;
  if (box && box !== lca && box.querySelector(PICTURES)) return false;
  return levels(cand, lca) <= EXTEND.maxLevels && levels(anchor, lca) <= EXTEND.maxLevels;
}

function sameShape(a: Element, b: Element): boolean {
  return (
    a.localName === b.localName &&
    (a.getAttribute('class') ?? '').trim() === (b.getAttribute('class') ?? '').trim() &&
    a.parentElement?.localName === b.parentElement?.localName
  );
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let x: Element | null = a.parentElement; x; x = x.parentElement) if (x.contains(b)) return x;
  return null;
}

function levels(el: Element, up: Element): number {
  let n = 0;
  for (let x: Element | null = el; x && x !== up; x = x.parentElement) n++;
  return n;
}

/** Whether the paragraph, or an element between it and `up`, is furniture or hidden. */
function furnitureBetween(el: Element, up: Element): boolean {
  for (let x: Element | null = el; x && x !== up; x = x.parentElement) {
    if (FURNITURE_TAGS.has(x.localName)) return true;
    if (x.hasAttribute('hidden') || x.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(x.getAttribute('style') ?? '')) return true;
    const names = `${x.getAttribute('class') ?? ''} ${x.id}`;
    if (names.trim() && FURNITURE_NAMES.test(names)) return true;
  }
  return false;
}

/** Words of visible text between two elements (after `before` ends, before `after` starts), counted up to `max` + 1. */
function gapWords(before: Element, after: Element, root: Element, max: number): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = before;
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (before.contains(t)) continue;
    if (after.contains(t)) break;
    const parent = t.parentElement;
    if (parent && NOT_TEXT.has(parent.localName)) continue;
    n += countWords(t.nodeValue ?? '');
    if (n > max) break;
  }
  return n;
}

import { isBlockElement } from '../text/block-text';
import { moreWordsThan } from '../text/normalize-for-compare';
import { elementsWhere } from './elements-where';
import { closestNamed } from './named-ancestor';
import { removeAndPrune } from './remove-and-prune';
import { isCredit } from './match-dateline';

// A credit set apart: bracketed, or with its label ("Credit:", "Image:", ©, "| Getty"). A bare
// agency name at the end of a sentence ("… according to <em>Reuters</em>") is the story's source.
const MARKED = /^\s*[([]|[:©|]/;
// "Credit: ESA", "Image credit: NASA/JPL", "Photo: Ann Lee/AP" at the end of a caption's own text.
// "(AP)", "(Reuters/Ann Lee)" too: an agency in brackets ends a caption, not a sentence of the story.
const CREDIT_TAIL =
  /\s*(?:[([]?\s*(?:(?:image|photo|picture|video)\s+)?(?:credits?|photo|photograph|image|picture|source|file)\s*:\s*[^.:!?()[\]]{1,60}?\s*[)\]]?|\((?:AP|AFP|Reuters|EPA|Getty Images|Getty|Bloomberg|Xinhua|dpa)(?:\s*(?:\/|via)\s*[^()]{1,40})?\)|(?:photos?|images?|pictures?)?\s*©\s*[^()[\]©]{1,60})\s*$/i;
// A caption is a short text; longer is a paragraph of the story that follows a picture.
const MAX_CAPTION_WORDS = 80;
// prettier-ignore
const TAIL_TAGS = new Set(['span', 'small', 'em', 'i', 'cite', 'font']);
const BESIDE_TAGS = new Set(['p', 'div', 'span', 'small']);
const FIGURE = new Set(['figure']);
// A gallery's slide counter printed under each picture: "6", "3/12", "3 of 12".
const COUNTER = /^\s*\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?\s*$/;

/**
 * What a picture's caption carries besides what the picture shows: the
 * credit set as its own span at the end ("… sought treatment<span>Credit:
 * EPA</span>", "<span>(Image: GETTY)</span>", "(AP Photo/Alan Diaz, File)"),
 * a credit at the end of a figcaption's text ("… space travel. Credit: 20th
 * Century Fox"), a credit beside the picture ("Getty Images") and a
 * gallery's slide counter ("6"). The
 * caption itself stays: a reader needs to know what a picture shows.
 * Fixture: test/pages/gallery--controls-and-credits.
 */
export function removeCaptionLeftovers(content: Element): number {
  let removed = 0;
  // Credits set as the last inline element of a block, after the caption's words.
  for (const el of elementsWhere(content, (e) => TAIL_TAGS.has(e.localName))) {
    if (!content.contains(el) || !isTail(el)) continue;
    const text = el.textContent ?? '';
    if (!MARKED.test(text) || !isCredit(text)) continue;
    if (!hasTextBefore(el)) continue;
    removeAndPrune(el, content);
    removed++;
  }
  for (const cap of captionBlocks(content)) {
    // Beside a picture even a bare agency name is its credit ("… in New York.<span>Reuters</span>").
    const last = lastInline(cap);
    if (last && isCredit(last.textContent ?? '') && hasTextBefore(last)) {
      removeAndPrune(last, content);
      removed++;
    }
    if (content.contains(cap) && trimCreditTail(cap)) removed++;
  }
  for (const fig of Array.from(content.getElementsByTagName('figure'))) {
    // Inside a figure, a bare agency name beside the picture ("Getty Images") is a credit too.
    for (const el of elementsWhere(fig, (e) => BESIDE_TAGS.has(e.localName))) {
      if (!fig.contains(el) || el.querySelector('img, picture, video')) continue;
      const text = el.textContent ?? '';
      if (!COUNTER.test(text) && !(el.localName !== 'div' && isCredit(text))) continue;
      removeAndPrune(el, content);
      removed++;
    }
  }
  return removed;
}

/**
 * The captions of the article's pictures: a figure's figcaption; else the
 * text in the picture's own block ("<p><img>The logo …</p>"), or the short
 * block right after a block that holds only the picture.
 */
function captionBlocks(content: Element): Set<Element> {
  const out = new Set<Element>();
  for (const img of Array.from(content.getElementsByTagName('img'))) {
    const fig = closestNamed(img, FIGURE);
    if (fig && content.contains(fig)) {
      for (const cap of Array.from(fig.getElementsByTagName('figcaption'))) out.add(cap);
      continue;
    }
    let holder: Element | null = img.parentElement;
    while (holder && holder !== content && !isBlockElement(holder)) holder = holder.parentElement;
    if (!holder || holder === content) continue;
    if ((holder.textContent ?? '').trim()) {
      if (!moreWordsThan(holder.textContent ?? '', MAX_CAPTION_WORDS)) out.add(holder);
      continue;
    }
    const next = holder.nextElementSibling;
    if (next && !next.querySelector('img, picture, video') && !moreWordsThan(next.textContent ?? '', MAX_CAPTION_WORDS)) out.add(next);
  }
  return out;
}

/** The innermost inline element at the end of block, if the block ends with one. */
function lastInline(block: Element): Element | null {
  let found: Element | null = null;
  for (let el: Element = block; ;) {
    let last: Node | null = el.lastChild;
    while (last && last.nodeType === 3 && !(last.textContent ?? '').trim()) last = last.previousSibling;
    if (!last || last.nodeType !== 1) return found;
    const child = last as Element;
    if (isBlockElement(child)) return found;
    el = child;
    // A wrapper around the picture and its caption: look inside it.
    if (child.querySelector('img, picture, video')) continue;
    found = child;
    if ((child.textContent ?? '').trim() && !child.firstElementChild) return found;
  }
}

/** Whether nothing but white space follows el up to the end of its block. */
function isTail(el: Element): boolean {
  for (let node: Element = el; ;) {
    for (let n = node.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim() !== '')) return false;
    }
    const parent = node.parentElement;
    if (!parent || isBlockElement(parent)) return true;
    node = parent;
  }
}

/** Whether the block around el has words before it: then el is a tail, not the whole caption. */
function hasTextBefore(el: Element): boolean {
  let block: Element | null = el.parentElement;
  while (block && !isBlockElement(block)) block = block.parentElement;
  if (!block) return false;
  const all = (block.textContent ?? '').trim();
  const own = (el.textContent ?? '').trim();
  return all.length > own.length && /[\p{L}\p{N}]/u.test(all.slice(0, all.length - own.length));
}

/** Cut a credit off the end of a caption's last text ("… travel. Credit: 20th Century Fox"). */
function trimCreditTail(cap: Element): boolean {
  let last: Node | null = cap.lastChild;
  for (;;) {
    while (last && last.nodeType === 3 && !(last.textContent ?? '').trim()) last = last.previousSibling;
    if (!last || last.nodeType !== 1) break;
    last = (last as Element).lastChild;
  }
  if (!last || last.nodeType !== 3) return false;
  const text = last.textContent ?? '';
  const m = CREDIT_TAIL.exec(text);
  if (!m || m.index === 0) return false;
  const before = text.slice(0, m.index);
  // The credit follows the caption's sentence: a full stop or a bracket before it, or it is bracketed itself.
  // A © credit may follow a comma ("installation views, photos © Ann Lee").
  if (!/[.!?)\]"”’]\s*$/.test(before) && !/^\s*[([]/.test(m[0]) && !(m[0].includes('©') && /,\s*$/.test(before))) return false;
  last.textContent = before.replace(/[\s,]+$/, '');
  return true;
}

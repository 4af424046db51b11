import { countWords } from '../text/normalize-for-compare';
import { isBlockElement } from '../text/block-text';
import { linkedWords } from '../text/link-density';

// prettier-ignore
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'math', 'br', 'script', 'style']);

/**
 * Blocks that hold text directly: a paragraph, a heading, a list item, a
 * table cell, or a div with no block inside it. The cleaning passes judge these, since a
 * block is what a reader sees as one piece of the page.
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    let hasBlockChild = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isPart(c)) {
        hasBlockChild = true;
        break;
      }
    }
    if (!hasBlockChild) {
      if (el !== root) out.push(el);
      return;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isPart(c)) visit(c);
      else if (standsAlone(c)) out.push(c);
    }
  };
  visit(root);
  return out;
}

// A table's rows and cells: a page laid out in a table (most of 2008's) keeps its story, navigation and lists in
// cells, and a cell is what a reader sees as one piece of the page, so the walk goes down to the cells.
// prettier-ignore
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

function isPart(el: Element): boolean {
  return isBlockElement(el) || TABLE_PARTS.has(el.localName);
}

/**
 * An inline element set between blocks with no other text beside it
 * ("<div><p>Ann Lee</p><span>Updated 5:27 am</span></div>"): a reader sees
 * it as a line of its own, so the passes judge it like a block.
 */
function standsAlone(el: Element): boolean {
  if (MEDIA.has(el.localName) || !(el.textContent ?? '').trim()) return false;
  for (let n = el.previousSibling; n && !(n.nodeType === 1 && isBlockElement(n as Element)); n = n.previousSibling) {
    if (n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim())) return false;
  }
  for (let n = el.nextSibling; n && !(n.nodeType === 1 && isBlockElement(n as Element)); n = n.nextSibling) {
    if (n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim())) return false;
  }
  return !el.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, table, ul, ol, img, picture, video');
}

/**
 * Whether el or an ancestor is one of the named elements: closest() for a
 * list of tag names, without a selector engine (jsdom's costs more than the
 * rest of a cleaning pass).
 */
export function within(el: Element, names: ReadonlySet<string>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (names.has(e.localName)) return true;
  return false;
}

// Per article (story-guard.ts): the blocks that read like story prose, which removeAndPrune keeps, and how many
// words outside links it may still remove without a caller's second signal.
interface Guard {
  blocks: readonly Element[];
  budget: number;
}
const GUARDS = new WeakMap<Element, Guard>();

/** Blocks under root that removeAndPrune must keep, and its budget of words outside links (replaces an earlier guard). */
export function protectBlocks(root: Element, blocks: readonly Element[], budget = Infinity): void {
  GUARDS.set(root, { blocks, budget });
}

/**
 * Remove an element, then any ancestor (below root) it leaves without text or
 * media. Under a story guard (story-guard.ts) it refuses, unless the caller
 * has a second signal (`force`), when el is or holds a block of story prose
 * or when its words outside links would overdraw the article's budget.
 * Returns whether it went.
 */
export function removeAndPrune(el: Element, root: Element, force = false): boolean {
  const guard = GUARDS.get(root);
  if (guard && !force) {
    if (guard.blocks.some((b) => b === el || el.contains(b))) return false;
    const text = el.textContent ?? '';
    if (text.trim()) {
      const unlinked = Math.max(0, countWords(text) - linkedWords(el));
      if (unlinked > guard.budget) return false;
      guard.budget -= unlinked;
    }
  }
  let parent: Element | null = el.parentElement;
  el.remove();
  while (parent && parent !== root && !hasContent(parent)) {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
  return true;
}

export function hasContent(el: Element): boolean {
  return (el.textContent ?? '').trim() !== '' || el.querySelector('img, picture, video, audio, iframe, svg, table, math') !== null;
}

/**
 * The descendants of root that pass test, in document order: querySelectorAll
 * without a selector engine (jsdom's costs several times this walk).
 */
export function elementsWhere(root: Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (test(el)) out.push(el);
  return out;
}

/** The nearest of el and its ancestors with one of the names: closest() for tag names. */
export function closestNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (names.has(e.localName)) return e;
  return null;
}

import { countWords, moreWordsThan } from '../text/normalize-for-compare';
import { HINT_ATTR } from './mark-boilerplate-hints';
import type { BoilerplateKind } from './boilerplate-phrases';
import { elementsWhere } from './elements-where';
import { leafBlocks } from './leaf-blocks';
import { linkDensity } from '../text/link-density';
import { closestNamed, within } from './named-ancestor';
import { removeAndPrune } from './remove-and-prune';
import { noteRemoval } from './removal-trace';
import { matchBoilerplate } from './match-boilerplate';
import { isCredit, isDateline } from './match-dateline';

const HEADING = /^h[1-6]$/;
// Text of a story paragraph: long enough that no furniture reads like it.
const PROSE_WORDS = 40;
const DATA = new Set(['li', 'td', 'th', 'pre']);
const CELLS = new Set(['td', 'th', 'pre']);
const LISTS = new Set(['ul', 'ol']);

/**
 * Comment forms, share bars, newsletter boxes, related-link lists and ad
 * labels that Readability lets through. Two signals, each enough alone when
 * safe: the page's own class/id hints (copied before Readability ran) and
 * what the block says (boilerplate-phrases.ts). Story paragraphs are never
 * touched: phrase matches need the whole short block to be the phrase.
 */
export function removeBoilerplate(content: Element): number {
  let removed = removeHintedContainers(content) + removeNavigation(content);
  const blocks = leafBlocks(content);
  // A leaf block's words do not change during the pass (only whole blocks go), so count each once,
  // and only when a late heading asks how much of the story came before it.
  const counted = new Map<Element, number>();
  const wordsIn = (el: Element) => {
    let n = counted.get(el);
    if (n === undefined) {
      n = countWords(el.textContent ?? '');
      counted.set(el, n);
    }
    return n;
  };
  const sumWords = (els: readonly Element[]) => els.reduce((sum, b) => sum + wordsIn(b), 0);
  const address = comparableUrl(content.ownerDocument.URL);
  const kept: Element[] = [];
  for (const block of blocks) {
    if (!content.contains(block)) continue;
    const text = block.textContent ?? '';
    // The page's own address printed as a line (a print header): the reader knows where they are.
    if (address && text.length < 2048 && comparableUrl(text.trim()) === address) {
      removeAndPrune(block, content);
      removed++;
      continue;
    }
    const kind = matchBoilerplate(text);
    if (!kind) {
      // Datelines and picture credits go alone; a list item or table cell is data, and stays,
      // except a credit in a list item: galleries are lists of pictures (fixture: gallery--controls-and-credits).
      if ((isDateline(text) && !within(block, DATA)) || (isCredit(text) && !within(block, CELLS))) {
        removeAndPrune(block, content);
        removed++;
        continue;
      }
      kept.push(block);
      continue;
    }
    removed++;
    // A comments heading after most of the story opens the thread: the rest is readers' words.
    // An author heading there opens the author's box: name, picture, biography.
    if ((kind === 'comments' || kind === 'author') && sumWords(kept) >= sumWords(blocks) * 0.5) {
      removed += removeFollowing(block, content, () => true);
    } else if (kind === 'related' || kind === 'share' || kind === 'newsletter') {
      removed += removeFollowing(block, content, (el) => isFurnitureAfterHeading(el));
    }
    removeAndPrune(block, content);
  }
  // A paragraph of prose: the cheap lower bound first, the exact count only for short blocks.
  const isProse = (b: Element) =>
    (moreWordsThan(b.textContent ?? '', PROSE_WORDS - 1) || wordsIn(b) >= PROSE_WORDS) && linkDensity(b) < 0.5;
  removed += removeTrailingLinkLists(content, isProse);
  removed += removeLeadingLinkLists(content, isProse);
  return removed;
}

/**
 * A <nav> left inside the story is the site's navigation or a breadcrumb
 * ("Home › Sport News › <headline>"); a table of contents, all links to
 * anchors on this page, stays. Fixture: meta--print-header-leftovers.
 */
function removeNavigation(content: Element): number {
  let removed = 0;
  for (const nav of Array.from(content.getElementsByTagName('nav'))) {
    if (!content.contains(nav)) continue;
    const links = Array.from(nav.querySelectorAll('a[href]'));
    if (links.length && links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'))) continue;
    removeAndPrune(nav, content);
    removed++;
  }
  return removed;
}

/** Containers the page itself labels as furniture, unless they hold most of the text (a mislabelled wrapper). */
function removeHintedContainers(content: Element): number {
  const total = Math.max(1, (content.textContent ?? '').length);
  let removed = 0;
  for (const el of elementsWhere(content, (e) => e.hasAttribute(HINT_ATTR))) {
    if (!content.contains(el) || el === content) continue;
    const kind = el.getAttribute(HINT_ATTR) as BoilerplateKind;
    // Hover cards and screen-reader text sit inside sentences: remove-popovers.ts takes only the card.
    if (kind === 'popover' || kind === 'hidden') continue;
    const len = (el.textContent ?? '').length;
    if (len > total * 0.4) continue;
    if (kind !== 'comments' && !looksLikeFurniture(el)) continue;
    // A thread the page labels as comments holds readers' prose: the label is the story guard's second signal.
    removeAndPrune(el, content, kind === 'comments');
    removed++;
  }
  return removed;
}

/** Short, or mostly links, and no paragraph of prose: what a widget looks like. */
function looksLikeFurniture(el: Element): boolean {
  const words = countWords(el.textContent ?? '');
  if (words <= 12) return true;
  const longest = Math.max(0, ...leafBlocks(el).map((b) => countWords(b.textContent ?? '')));
  if (longest >= PROSE_WORDS) return false;
  return linkDensity(el) >= 0.5 || words <= 60;
}

function isFurnitureAfterHeading(el: Element): boolean {
  if (HEADING.test(el.localName)) return false;
  const words = countWords(el.textContent ?? '');
  if (words === 0) return el.querySelector('img, picture') === null;
  return linkDensity(el) >= 0.5 && looksLikeFurniture(el);
}

/** Remove the siblings after block (climbing to its ancestors' siblings) while accept says they belong to it. */
function removeFollowing(block: Element, content: Element, accept: (el: Element) => boolean): number {
  let removed = 0;
  for (let node: Element | null = block; node && node !== content; node = node.parentElement) {
    let next = node.nextElementSibling;
    while (next) {
      if (!accept(next)) return removed;
      const after = next.nextElementSibling;
      noteRemoval(content, next, 'removed');
      next.remove();
      removed++;
      next = after;
    }
  }
  return removed;
}

/**
 * After the story's last paragraph, lists of short links are "more stories"
 * boxes, whatever heading (if any) they carry.
 */
function removeTrailingLinkLists(content: Element, isProse: (el: Element) => boolean): number {
  const blocks = leafBlocks(content);
  let lastProse = -1;
  for (let i = blocks.length - 1; i >= 0; i--)
    if (isProse(blocks[i]!)) {
      lastProse = i;
      break;
    }
  if (lastProse < 0) return 0;
  let removed = 0;
  const seen = new Set<Element>();
  for (const b of blocks.slice(lastProse + 1)) {
    const list = closestNamed(b, LISTS);
    const target = list && content.contains(list) ? list : b;
    if (seen.has(target) || !content.contains(target)) continue;
    seen.add(target);
    const items = target.localName === 'ul' || target.localName === 'ol' ? target.children.length : 1;
    if (items >= 2 && linkDensity(target) >= 0.7) {
      removeAndPrune(target, content);
      removed++;
    }
  }
  return removed;
}

/**
 * Before the story's first paragraph, lists of short links are the site's
 * navigation or a breadcrumb ("Home › News › Science"), whatever their
 * length. A table of contents links to anchors on this page, and stays.
 */
function removeLeadingLinkLists(content: Element, isProse: (el: Element) => boolean): number {
  let removed = 0;
  for (const b of leafBlocks(content)) {
    if (isProse(b)) break;
    const list = closestNamed(b, LISTS);
    if (!list || !content.contains(list)) continue;
    const items = Array.from(list.children);
    const links = Array.from(list.querySelectorAll('a[href]'));
    if (!links.length || links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'))) continue;
    if (linkDensity(list) >= 0.9 && items.every((li) => countWords(li.textContent ?? '') <= 5)) {
      removeAndPrune(list, content);
      removed++;
    }
  }
  return removed;
}

/** A URL without scheme, www, query, fragment or final slash; '' when text is not one URL. */
function comparableUrl(text: string): string {
  if (!/^https?:\/\/\S+$/i.test(text)) return '';
  return text
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

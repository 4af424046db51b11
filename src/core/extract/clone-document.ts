/**
 * A copy of the page for Readability to rewrite. A normal page is copied with
 * cloneNode(true), unchanged. Three shapes are copied node by node instead,
 * all found with test/fuzz/pathological-pages.ts, and each is simplified in
 * a way a reader cannot see:
 *
 * - Too deep (more than maxDepth levels): every element below maxDepth is
 *   left out while its children are kept (unwrapped), so all the text stays,
 *   in order. jsdom's cloneNode is recursive and overflows the stack at a few
 *   thousand levels, and Readability's scoring grows faster than the square
 *   of the depth (a story inside 1,000 nested divs took 30 s, inside 2,000
 *   three minutes). Real articles sit well under 100 levels; Blink's HTML
 *   parser caps nesting at 512 for the same reasons.
 * - Too wide (an element with more than WIDE children, like a thread of
 *   thousands of comments): the whitespace-only text between two block
 *   elements is left out there, and if the element is a plain container
 *   (a div, a section, the body), each run of WIDE children goes into a
 *   <div> of its own. Neither shows, but Readability removes blocks one by
 *   one, and jsdom pays for each removal with a walk over the siblings
 *   before it and a rebuild of the parent's child list: 4 MB of comments
 *   took 20 s in Readability, 1.2 s without the whitespace; 50,000 unclosed
 *   tags (one div of 11,000 children) took 200 s.
 * - Many spans without attributes (more than BARE_SPANS; word processors and
 *   some CMSs wrap every word or run of text in one): they are unwrapped.
 *   Such a span carries nothing the reader shows (no class, style, language
 *   or link), but Readability, the cleaning passes and the sanitizer each
 *   walk it: 200,000 of them held a real browser's main thread for 12 s.
 *   Spans with any attribute stay (Readability reads class and id).
 */
import { pinAddress, pinnedAddress } from '../sanitize/parse-inert-document';

export const MAX_NESTING = 256;
export const WIDE = 1_000;
export const BARE_SPANS = 2_000;

// Leaves: kept wherever they are, so a deep picture or line break survives.
const KEEP = new Set(['img', 'br', 'hr', 'wbr', 'source']);
// Plain block containers, whose children can be grouped into <div>s without changing what a reader sees
// (unlike a table body, a list or a paragraph).
// prettier-ignore
const GROUPABLE = new Set(['article', 'aside', 'blockquote', 'body', 'center', 'div', 'footer', 'header', 'main', 'nav', 'section']);
// Blocks: whitespace between two of these is layout only, never a word break the reader needs.
// prettier-ignore
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul']);

/**
 * The copy, with `visit` (pipeline/prepare-copy.ts's passes) run once on every element
 * of its body. A normal page pays for one walk over its copy, which both
 * measures the shape and visits: the native copy is made first (several
 * times faster than ours) and kept when its shape is normal; otherwise our
 * copy is made from the page and visited after. jsdom's native copy is
 * recursive and throws RangeError on a page thousands of levels deep, which
 * takes our copy anyway.
 */
export function cloneDocument(doc: Document, maxDepth = MAX_NESTING, visit?: (el: Element) => void): Document {
  const copy = copyDocument(doc, maxDepth, visit);
  // A snapshot's inert copy carries the page's address (parse-inert-document.ts); the cleaning passes read it off the copy.
  const pinned = pinnedAddress(doc);
  if (pinned !== null) pinAddress(copy, pinned);
  return copy;
}

function copyDocument(doc: Document, maxDepth: number, visit?: (el: Element) => void): Document {
  const native = nativeCopy(doc);
  const shape = native ? measure(native, maxDepth, visit) : measure(doc, maxDepth);
  if (native && !shape.deep && !shape.wide && shape.bareSpans <= BARE_SPANS) return native;
  const copy = carefulCopy(doc, maxDepth, shape);
  if (visit && copy.body) {
    const walker = copy.createTreeWalker(copy.body, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) visit(el);
  }
  return copy;
}

/**
 * cloneNode(true), or null when it overflows the stack (a page thousands of
 * levels deep). jsdom also refuses to clone a doctype whose name is not an
 * XML name, which the HTML parser accepts and browsers clone: a real page of
 * 2008 begins `<!DOCTYPEw.javno.com/rss/svijet.xml" >`. Such a page is copied
 * with a plain `<!DOCTYPE html>` in its place (jsdom reads the mode from the
 * doctype; nothing a reader sees depends on the doctype's name).
 */
function nativeCopy(doc: Document): Document | null {
  try {
    return doc.cloneNode(true) as Document;
  } catch (error) {
    if (error instanceof RangeError) return null;
  }
  try {
    const copy = doc.cloneNode(false) as Document;
    for (let c = doc.firstChild; c; c = c.nextSibling)
      copy.appendChild(c.nodeType === 10 ? plainDoctype(copy, c) : copy.importNode(c, true));
    return copy;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** A copy of the doctype, or `<!DOCTYPE html>` when jsdom refuses to copy its name. */
function plainDoctype(into: Document, doctype: Node): Node {
  try {
    return into.importNode(doctype, false);
  } catch {
    return into.implementation.createDocumentType('html', '', '');
  }
}

function carefulCopy(doc: Document, maxDepth: number, shape: Shape): Document {
  const unwrapSpans = shape.bareSpans > BARE_SPANS;
  const clone = doc.cloneNode(false) as Document;
  // Source nodes still to copy, each with the copy it goes into and that copy's depth.
  const stack: Array<[Node, Node, number]> = [];
  const pushChildren = (src: Node, into: Node, depth: number) => {
    const wide = shape.wide && src.childNodes.length > WIDE;
    if (!wide) {
      for (let c = src.lastChild; c; c = c.previousSibling) stack.push([c, into, depth]);
      return;
    }
    const kids: Node[] = [];
    for (let c = src.firstChild; c; c = c.nextSibling) if (!isLayoutWhitespace(c)) kids.push(c);
    // Runs of WIDE children of a plain container each go into a <div> of their own, appended now, in order.
    const groups: Node[] = [];
    if (kids.length > WIDE && src.nodeType === 1 && GROUPABLE.has((src as Element).localName)) {
      for (let i = 0; i < kids.length; i += WIDE) groups.push(into.appendChild(clone.createElement('div')));
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, groups.length ? groups[Math.floor(i / WIDE)]! : into, depth]);
  };
  pushChildren(doc, clone, 0);
  while (stack.length) {
    const [src, into, depth] = stack.pop()!;
    if (src.nodeType === 1) {
      const el = src as Element;
      if ((depth >= maxDepth && !KEEP.has(el.localName)) || (unwrapSpans && el.localName === 'span' && !el.hasAttributes())) {
        pushChildren(src, into, depth);
        continue;
      }
    } else if (src.nodeType === 10) {
      into.appendChild(plainDoctype(clone, src));
      continue;
    } else if (src.nodeType === 3 && into.lastChild?.nodeType === 3) {
      // Text that an unwrapped element split: one text node, as the page's own parser would have made it.
      (into.lastChild as Text).appendData(src.nodeValue ?? '');
      continue;
    }
    const copy = clone.importNode(src, false);
    into.appendChild(copy);
    pushChildren(src, copy, depth + 1);
  }
  return clone;
}

function isBlock(n: Node | null): boolean {
  return n !== null && n.nodeType === 1 && BLOCKS.has((n as Element).localName);
}

function isLayoutWhitespace(n: Node): boolean {
  return n.nodeType === 3 && isBlock(n.previousSibling) && isBlock(n.nextSibling) && !/[^ \t\n\r\f]/.test(n.nodeValue ?? '');
}

interface Shape {
  /** Some element sits more than maxDepth levels below the document. */
  deep: boolean;
  /** Some element has more than WIDE element children. */
  wide: boolean;
  /** Spans without attributes. */
  bareSpans: number;
}

/** The page's shape, walked once without recursion; `visit` runs on each element inside the body on the way. */
function measure(doc: Document, maxDepth: number, visit?: (el: Element) => void): Shape {
  const shape: Shape = { deep: false, wide: false, bareSpans: 0 };
  const root = doc.documentElement;
  if (!root) return shape;
  const body = doc.body;
  let depth = 0;
  // The body's depth once the walk reaches it (-1 before, -2 once past it): what is deeper until then is inside it.
  let bodyDepth = -1;
  // Element children seen so far under each open ancestor (index = depth).
  const width: number[] = [1];
  let el: Element = root;
  for (;;) {
    if (el.localName === 'span' && !el.hasAttributes()) shape.bareSpans++;
    if (visit) {
      if (el === body) bodyDepth = depth;
      else if (bodyDepth >= 0) {
        if (depth > bodyDepth) visit(el);
        else bodyDepth = -2;
      }
    }
    const child = el.firstElementChild;
    if (child) {
      el = child;
      if (++depth > maxDepth) shape.deep = true;
      width[depth] = 1;
      continue;
    }
    let next: Element | null = el.nextElementSibling;
    while (!next) {
      const parent: Element | null = el.parentElement;
      if (!parent || el === root) return shape;
      el = parent;
      depth--;
      if (el === root) return shape;
      next = el.nextElementSibling;
    }
    el = next;
    if (++width[depth]! > WIDE) shape.wide = true;
  }
}

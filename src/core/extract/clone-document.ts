/**
 * A copy of the page for Readability to rewrite, at most maxDepth elements
 * deep. A normal page is copied with cloneNode(true), unchanged. A deeper one
 * is copied node by node, and every element below maxDepth is left out while
 * its children are kept (unwrapped), so all the text stays, in order. Two
 * reasons, both found with test/fuzz/pathological-pages.ts (deep-nesting):
 * jsdom's cloneNode is recursive and overflows the stack at a few thousand
 * levels, and Readability's scoring grows faster than the square of the
 * depth (a story inside 1,000 nested divs took 30 s, inside 2,000 three
 * minutes). Real articles sit well under 100 levels; Blink's HTML parser caps
 * nesting at 512 for the same reasons.
 */
export const MAX_NESTING = 256;

// Leaves: kept wherever they are, so a deep picture or line break survives.
const KEEP = new Set(['img', 'br', 'hr', 'wbr', 'source']);

export function cloneDocument(doc: Document, maxDepth = MAX_NESTING): Document {
  if (!deeperThan(doc, maxDepth)) return doc.cloneNode(true) as Document;
  const clone = doc.cloneNode(false) as Document;
  // Source nodes still to copy, each with the copy it goes into and that copy's depth.
  const stack: Array<[Node, Node, number]> = [];
  const pushChildren = (src: Node, into: Node, depth: number) => {
    for (let c = src.lastChild; c; c = c.previousSibling) stack.push([c, into, depth]);
  };
  pushChildren(doc, clone, 0);
  while (stack.length) {
    const [src, into, depth] = stack.pop()!;
    if (src.nodeType === 1 && depth >= maxDepth && !KEEP.has((src as Element).localName)) {
      pushChildren(src, into, depth);
      continue;
    }
    const copy = clone.importNode(src, false);
    into.appendChild(copy);
    pushChildren(src, copy, depth + 1);
  }
  return clone;
}

/** Whether any element sits more than maxDepth levels below the document, walked without recursion. */
function deeperThan(doc: Document, maxDepth: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  let depth = 0;
  let el: Element = root;
  for (;;) {
    const child = el.firstElementChild;
    if (child) {
      el = child;
      if (++depth > maxDepth) return true;
      continue;
    }
    let next: Element | null = el.nextElementSibling;
    while (!next) {
      const parent: Element | null = el.parentElement;
      if (!parent || el === root) return false;
      el = parent;
      depth--;
      if (el === root) return false;
      next = el.nextElementSibling;
    }
    el = next;
  }
}

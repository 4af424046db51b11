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

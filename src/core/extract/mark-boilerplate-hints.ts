import { BOILERPLATE_HINTS } from '../clean/boilerplate-phrases';

/** Attribute that carries a class/id hint from the page into Readability's output. */
export const HINT_ATTR = 'data-ac-hint';

/**
 * Readability strips classes and ids from what it returns, so the page's own
 * hints ("wpdiscuz-wrap", "sharedaddy") would be lost by the time we clean.
 * Copy them into a data attribute first; Readability keeps data attributes.
 * Runs on the clone only.
 */
// All hints in one pattern: almost no element matches any, and one test per element is what this pass costs.
const ANY_HINT = new RegExp(BOILERPLATE_HINTS.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'i');

export function markBoilerplateHints(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // A TreeWalker, not querySelectorAll('[class], [id]'): it visits the same elements at a fraction of the cost in jsdom.
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) markHint(el);
}

/** The same for one element (prepare-copy.ts runs it in its single walk). */
export function markHint(el: Element): void {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null && id === null) return;
  const hint = `${cls ?? ''} ${id ?? ''}`;
  if (hint.length < 2 || !ANY_HINT.test(hint)) return;
  for (const { kind, pattern } of BOILERPLATE_HINTS) {
    if (pattern.test(hint)) { el.setAttribute(HINT_ATTR, kind); break; }
  }
}

import { BOILERPLATE_HINTS } from './boilerplate-phrases';

/** Attribute that carries a class/id hint from the page into Readability's output. */
export const HINT_ATTR = 'data-ac-hint';

// All hints in one pattern: almost no element matches any, and one test per element is what this pass costs.
const ANY_HINT = new RegExp(BOILERPLATE_HINTS.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'i');

/**
 * The page's own furniture hints ("wpdiscuz-wrap", "sharedaddy") read from
 * an element's class and id, before Readability rewrites the tree, into one
 * data attribute that Readability keeps and the cleaning passes read. Runs
 * on the copy only (pipeline/prepare-copy.ts, in cloneDocument's walk).
 */
export function markHint(el: Element): void {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null && id === null) return;
  const hint = `${cls ?? ''} ${id ?? ''}`;
  if (hint.length < 2 || !ANY_HINT.test(hint)) return;
  for (const { kind, pattern } of BOILERPLATE_HINTS) {
    if (pattern.test(hint)) {
      el.setAttribute(HINT_ATTR, kind);
      break;
    }
  }
}

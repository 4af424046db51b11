import { BOILERPLATE_HINTS } from '../clean/boilerplate-phrases';

/** Attribute that carries a class/id hint from the page into Readability's output. */
export const HINT_ATTR = 'data-ac-hint';

/**
 * Readability strips classes and ids from what it returns, so the page's own
 * hints ("wpdiscuz-wrap", "sharedaddy") would be lost by the time we clean.
 * Copy them into a data attribute first; Readability keeps data attributes.
 * Runs on the clone only.
 */
export function markBoilerplateHints(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (hint.length < 2) continue;
    for (const { kind, pattern } of BOILERPLATE_HINTS) {
      if (pattern.test(hint)) { el.setAttribute(HINT_ATTR, kind); break; }
    }
  }
}

import { HINT_ATTR } from './mark-boilerplate-hints';
import { countWords } from '../text/normalize-for-compare';
import { elementsWhere } from './elements-where';
import { removeAndPrune } from './remove-and-prune';

/**
 * Hover cards the page prints inside a sentence and shows only on hover: the
 * politician's card after their name, with a photo and links to other
 * stories ("Ilhan OmarIlhan OmarHillicon Valley: …"), and text meant for
 * screen readers only ("Image caption"). The page marks them by class
 * (copied to HINT_ATTR before Readability). The card is the smallest marked
 * element holding a picture or several links, so the name itself stays.
 * Fixture: test/pages/popover--hover-cards.
 */
export function removePopovers(content: Element): number {
  let removed = 0;
  const marked = elementsWhere(content, (el) => {
    const k = el.getAttribute(HINT_ATTR);
    return k === 'popover' || k === 'hidden';
  });
  // Deepest first, so the card goes and the name link around it stays.
  for (const el of marked.reverse()) {
    if (!content.contains(el) || el === content) continue;
    if (el.getAttribute(HINT_ATTR) === 'hidden') {
      if (countWords(el.textContent ?? '') <= 12 && !el.querySelector('img, picture, video')) {
        removeAndPrune(el, content);
        removed++;
      }
      continue;
    }
    if (isCard(el) && !elementsWhere(el, (e) => e.getAttribute(HINT_ATTR) === 'popover').some(isCard)) {
      removeAndPrune(el, content);
      removed++;
    }
  }
  return removed;
}

function isCard(el: Element): boolean {
  return (
    el.getElementsByTagName('a').length >= 2 || el.getElementsByTagName('img').length > 0 || el.getElementsByTagName('picture').length > 0
  );
}

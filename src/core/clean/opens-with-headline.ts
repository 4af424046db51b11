import { countWords } from '../text/normalize-for-compare';
import { isSameSiteArticle } from './same-site';

// A headline: this many words in the opening link.
const HEADLINE_WORDS = 3;

/**
 * Whether a block opens with a link of a few words to another page of the
 * same site and says more after it: the shape of a teaser in a "more
 * stories" list ("<a>Sonia Gandhi attends Army Day reception</a> New Delhi,
 * Jan 15: In her first public appearance …", "<a>Magic Murray downs
 * Davydenko</a> Andy Murray has cruised past … Full Story"). A paragraph of
 * the story rarely opens with a link, and one of a link round-up points to
 * other sites. Fixtures: test/pages/related--headline-teasers-fr, -it.
 */
export function opensWithHeadline(el: Element, site: string, here: string): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let first: Node | null = walker.nextNode();
  while (first && !(first.textContent ?? '').trim()) first = walker.nextNode();
  if (!first) return false;
  let a: Element | null = first.parentElement;
  while (a && a !== el && a.localName !== 'a') a = a.parentElement;
  if (!a || a.localName !== 'a') return false;
  const href = a.getAttribute('href') ?? '';
  if (!isSameSiteArticle(href, site)) return false;
  try { if (new URL(href, el.ownerDocument.URL).href.replace(/#.*$/, '') === here) return false; } catch { return false; }
  const linked = countWords(a.textContent ?? '');
  return linked >= HEADLINE_WORDS && countWords(el.textContent ?? '') > linked + 2;
}

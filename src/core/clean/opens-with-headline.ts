import { countWords } from '../text/normalize-for-compare';
import { isSameSiteArticle } from '../url/same-site';

// A headline: this many words in the opening link.
const HEADLINE_WORDS = 3;
const SENTENCE_END = /[.!?…]["”’»)]?$/;
const NEW_LINE_START = /^[\p{Lu}\d"“«(]/u;

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
  try {
    if (new URL(href, el.ownerDocument.URL).href.replace(/#.*$/, '') === here) return false;
  } catch {
    return false;
  }
  // A headline does not end like a sentence; a list of the story's own points often opens each with a linked
  // sentence ("<a>Google has bought CloudSimple, a startup …</a> It was …": scrapinghub businessinsider page).
  const linkText = (a.textContent ?? '').trim();
  if (SENTENCE_END.test(linkText)) return false;
  // After a headline a new line starts (the blurb's first sentence, a dateline); after the linked start of a
  // sentence the sentence goes on ("<a>… is investigating WeWork</a> amid layoffs.").
  const all = el.textContent ?? '';
  const after = all.slice(all.indexOf(linkText) + linkText.length).trimStart();
  if (!NEW_LINE_START.test(after)) return false;
  const linked = countWords(linkText);
  return linked >= HEADLINE_WORDS && countWords(el.textContent ?? '') > linked + 2;
}

import { linkDensity } from '../clean/link-density';
import { countWords } from '../text/normalize-for-compare';

// Words of running prose outside links that any story has, however short.
const MIN_PROSE_WORDS = 60;

/**
 * Readability always returns its best candidate, and on a section front or a
 * search page that is the list of teasers. A story is prose: if most of the
 * text sits in links, or there is hardly a paragraph of words outside them,
 * this is a list of other pages, not an article.
 */
export function isLinkList(content: Element): boolean {
  const density = linkDensity(content);
  if (density >= 0.5) return true;
  let prose = 0;
  for (const p of Array.from(content.querySelectorAll('p'))) {
    if (linkDensity(p) < 0.5) prose += countWords(p.textContent ?? '');
    if (prose >= MIN_PROSE_WORDS) return false;
  }
  // No <p> at all (div soup) is judged by density alone.
  return content.querySelector('p') !== null && prose < MIN_PROSE_WORDS && density >= 0.25;
}

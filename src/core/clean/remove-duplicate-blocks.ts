import { normalizeForCompare } from '../text/normalize-for-compare';
import { leafBlocks } from './leaf-blocks';
import { within } from './named-ancestor';
import { removeAndPrune } from './remove-and-prune';

// Short blocks repeat legitimately ("Yes", a table label, "Eat every 2–3 hours").
const MIN_WORDS = 8;
// More repeats than this is a page built of repeating parts (a meal plan, a recipe card per day), not a pull quote.
const MAX_REPEATS = 2;
// prettier-ignore
const SKIP = new Set(['li', 'td', 'th', 'dd', 'dt', 'tr', 'pre']);
const IN_DATA = new Set(['table', 'pre', 'ul', 'ol']);

/**
 * A block that repeats an earlier one word for word is a pull quote printed
 * twice, a teaser above the story, or a caption copied by a slideshow: the
 * reader has just read it. Keep the first.
 */
export function removeDuplicateBlocks(content: Element): number {
  const seen = new Set<string>();
  const repeats: Element[] = [];
  for (const el of leafBlocks(content)) {
    if (SKIP.has(el.localName) || within(el, IN_DATA)) continue;
    const norm = normalizeForCompare(el.textContent ?? '');
    if (norm.split(' ').length < MIN_WORDS) continue;
    if (seen.has(norm)) repeats.push(el);
    else seen.add(norm);
  }
  if (repeats.length > MAX_REPEATS) return 0;
  // The same text printed before is the second signal the story guard asks for: the reader keeps the first copy.
  for (const el of repeats) removeAndPrune(el, content, true);
  return repeats.length;
}

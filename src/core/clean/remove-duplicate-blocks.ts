import { normalizeForCompare } from '../text/normalize-for-compare';
import { leafBlocks, removeAndPrune } from './leaf-blocks';

// Short blocks repeat legitimately ("Yes", a table label, a list bullet).
const MIN_WORDS = 5;
const SKIP = new Set(['li', 'td', 'th', 'dd', 'dt', 'tr', 'pre']);

/**
 * A block that repeats an earlier one word for word is a pull quote printed
 * twice, a teaser above the story, or a caption copied by a slideshow: the
 * reader has just read it. Keep the first.
 */
export function removeDuplicateBlocks(content: Element): number {
  const seen = new Set<string>();
  let removed = 0;
  for (const el of leafBlocks(content)) {
    if (SKIP.has(el.localName) || el.closest('table, pre, ul, ol')) continue;
    const norm = normalizeForCompare(el.textContent ?? '');
    if (norm.split(' ').length < MIN_WORDS) continue;
    if (seen.has(norm)) { removeAndPrune(el, content); removed++; } else seen.add(norm);
  }
  return removed;
}

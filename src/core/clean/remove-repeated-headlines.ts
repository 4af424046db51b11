import { normalizeForCompare } from '../text/normalize-for-compare';
import { elementsWhere } from './elements-where';
import { removeAndPrune } from './remove-and-prune';
import { repeatsTitle, titleVariants } from './title-variants';

const INLINE = new Set(['span', 'strong', 'b', 'a', 'em']);
// prettier-ignore
const CANDIDATES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'header', 'hgroup', 'section', 'blockquote', 'span', 'strong', 'b', 'a', 'em']);

/**
 * The headline belongs in the reader's title, once. Pages print it again
 * inside the body: as an h1/h2, a bold paragraph, a breadcrumb tail
 * (fixtures/seed-site.html prints it twice in the body, seed-plain.html three
 * times). Remove every element whose whole text is the headline.
 */
export function removeRepeatedHeadlines(content: Element, title: string, siteName: string | null): number {
  const variants = titleVariants(title, siteName);
  if (!variants.length) return 0;
  const siteNorm = siteName ? normalizeForCompare(siteName) : '';
  const maxLen = Math.max(...variants.map((v) => v.length)) + 40;
  // Normalizing never makes a text much longer, so a text under half the shortest variant cannot repeat it.
  const minLen = Math.min(...variants.map((v) => v.length)) / 2;
  let removed = 0;
  for (const el of elementsWhere(content, (e) => CANDIDATES.has(e.localName))) {
    if (!content.contains(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > maxLen * 2 || raw.length < minLen) continue;
    const norm = normalizeForCompare(raw);
    if (norm.length > maxLen || !repeatsTitle(norm, variants, siteNorm)) continue;
    // Take the outermost element that is nothing but the headline.
    let target: Element = el;
    while (
      target.parentElement &&
      target.parentElement !== content &&
      normalizeForCompare(target.parentElement.textContent ?? '') === norm
    ) {
      target = target.parentElement;
    }
    // An inline element inside a longer sentence is the story citing its own headline: keep it.
    if (INLINE.has(target.localName) && target.parentElement !== content) continue;
    removeAndPrune(target, content);
    removed++;
  }
  return removed;
}

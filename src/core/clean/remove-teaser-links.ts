import { countWords, moreWordsThan, normalizeForCompare } from '../text/normalize-for-compare';
import { TEASER_PREFIXES } from './boilerplate-phrases';
import { leafBlocks } from './leaf-blocks';
import { within } from './named-ancestor';
import { removeAndPrune } from './remove-and-prune';
import { isSameSiteArticle, siteOf } from '../url/same-site';

const MIN_WORDS = 3;
const MAX_WORDS = 30;
// prettier-ignore
const NOT_TEASER = new Set(['li', 'td', 'th', 'figure', 'figcaption', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Lines inside the story that only point to another story: a paragraph that
 * is one link to a page of the same site ("SEAN SPICER ELIMINATED FROM
 * 'DANCING WITH THE STARS'"), or a "Related:" / "READ MORE:" label followed
 * by a link. A sentence with a link in it is never one: the link must carry
 * all of the block's words. Links to other sites (a product, a source) stay.
 * Fixture: test/pages/related--inline-teasers.
 */
export function removeTeaserLinks(content: Element): number {
  const host = siteOf(content.ownerDocument.URL);
  let removed = 0;
  for (const block of leafBlocks(content)) {
    // Cheapest tests first: most blocks are paragraphs of the story, too long or without a link.
    const text = block.textContent ?? '';
    if (moreWordsThan(text, MAX_WORDS)) continue;
    const words = countWords(text);
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    const links = Array.from(block.getElementsByTagName('a')).filter((a) => a.hasAttribute('href'));
    if (!links.length || links.length > 2) continue;
    if (!content.contains(block) || within(block, NOT_TEASER) || block.querySelector('img, picture, video, iframe')) continue;
    const linked = links.map((a) => a.textContent ?? '').join(' ');
    const rest = normalizeForCompare(text.replace(/\s+/g, ' ')).replace(normalizeForCompare(linked), ' ').replace(/\s+/g, ' ').trim();
    const whole = rest === '';
    const prefixed = !whole && TEASER_PREFIXES.some((re) => re.test(rest)) && /^[^:]{1,30}:/.test(text.trim());
    if (!whole && !prefixed) continue;
    if (whole && !links.every((a) => isSameSiteArticle(a.getAttribute('href') ?? '', host))) continue;
    removeAndPrune(block, content);
    removed++;
  }
  return removed;
}

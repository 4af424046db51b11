import { countWords } from '../text/normalize-for-compare';
import { closestNamed } from './named-ancestor';
import { removeAndPrune } from './remove-and-prune';
import { isSameSiteArticle, siteOf } from '../url/same-site';

const MIN_CARDS = 3;
const LINK = new Set(['a']);
// A card's kicker and headline; a story item of a list says more.
const MAX_CARD_WORDS = 30;
const HEADING = 'h2, h3, h4, h5, h6';
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/**
 * A box of teaser cards set inside the story: three or more siblings, each a
 * picture linking to another story of the same site with a short kicker and
 * headline ("RANDY ANDY / Andrew parties in unearthed pics …"). Readability
 * keeps the box when it sits in the story's container; the page's class
 * names that marked it are gone by then. A photo gallery is not one: its
 * pictures link to image files or nowhere, and it has captions, not headings.
 * Fixture: test/pages/related--teaser-card-grid.
 */
export function removeTeaserCards(content: Element): number {
  const site = siteOf(content.ownerDocument.URL);
  if (!site) return 0;
  const here = content.ownerDocument.URL.replace(/[?#].*$/, '');
  let removed = 0;
  const parents = new Set<Element>();
  for (const img of Array.from(content.getElementsByTagName('img'))) {
    // The card is the child of the box that holds the picture link.
    const a = closestNamed(img, LINK);
    if (!a?.hasAttribute('href')) continue;
    const card = a?.parentElement?.parentElement;
    if (card?.parentElement) parents.add(card.parentElement);
    if (a?.parentElement?.parentElement) parents.add(a.parentElement.parentElement);
  }
  for (const box of parents) {
    if (box === content || !content.contains(box)) continue;
    const cards = Array.from(box.children).filter((c) => (c.textContent ?? '').trim() !== '' || c.querySelector('img'));
    if (cards.length < MIN_CARDS || !cards.every((c) => isCard(c, site, here))) continue;
    removeAndPrune(box, content);
    removed++;
  }
  return removed;
}

function isCard(card: Element, site: string, here: string): boolean {
  if (card.querySelector('figcaption') || countWords(card.textContent ?? '') > MAX_CARD_WORDS) return false;
  const link = Array.from(card.querySelectorAll('a[href]')).find((a) => a.querySelector('img, picture'));
  if (!link) return false;
  const href = link.getAttribute('href') ?? '';
  if (IMAGE_FILE.test(href) || !isSameSiteArticle(href, site) || href.replace(/[?#].*$/, '') === here) return false;
  // A headline of its own, or a card that is one link: picture and headline together.
  const linked = (link.textContent ?? '').trim();
  return card.querySelector(HEADING) !== null || (linked !== '' && linked === (card.textContent ?? '').trim());
}

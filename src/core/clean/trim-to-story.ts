import { countWords } from '../text/normalize-for-compare';
import { leafBlocks } from './leaf-blocks';
import { removeAndPrune } from './remove-and-prune';
import { opensWithHeadline } from './opens-with-headline';
import { siteOf } from '../url/same-site';

// A story paragraph: this many words, few of them in links.
const PROSE_WORDS = 20;
const PROSE_DENSITY = 0.25;
// A block mostly of links with several links is a break on its own: a line of the site's navigation,
// a "more stories" list, a tag row (a byline with the author's link is not, nor one promo line in the story).
const LINKY = 0.6;
const BREAK_LINKS = 3;
// So is one long line of links ("Carling Cup: the semi-final draw … Click here"), unless a sentence of the story
// follows it (a promo line set between the story's last short paragraphs).
const BREAK_WORDS = 8;
const SENTENCE_WORDS = 5;
// Two blocks in a row that are nothing but links are one too: a list of the site's sections, "Print | Email".
const ALL_LINK = 0.9;
// A short label just before the list after the story is the list's heading ("More stories", "Related"), not a sentence.
const LABEL_WORDS = 6;
const SENTENCE_END = /[.!?…"”»)]\s*$/;
// Never more than this share of the article's words goes, unless LINKED_SHARE of what goes is in links.
const MAX_SHARE = 0.5;
const LINKED_SHARE = 0.4;

// A teaser (a block that opens with a headline link to another story of the site) needs this many words to be one.
const TEASER_WORDS = 8;

interface Block {
  el: Element;
  words: number;
  density: number;
  links: number;
  teaser: boolean;
}

/**
 * Readability takes the element with the best score, and on pages laid out
 * in tables (and many others) that element holds, around the story, the
 * site's navigation, "more stories" lists, tag rows, a poll, the comment
 * thread's links. The story is the run from its first to its last paragraph
 * of prose; what comes before the first or after the last is cut from the
 * first link list that separates it from the story (two linky blocks in a
 * row, or one with several links): a byline, standfirst, picture or last
 * short line next to the story stays. A paragraph of prose is never cut, and
 * never more than half of the article's words unless what is cut is mostly
 * links.
 */
export function trimToStory(content: Element): number {
  const site = siteOf(content.ownerDocument.URL);
  const here = content.ownerDocument.URL.replace(/#.*$/, '');
  const blocks: Block[] = leafBlocks(content).map((el) => {
    const words = countWords(el.textContent ?? '');
    const anchors = el.getElementsByTagName('a');
    const teaser = anchors.length > 0 && words >= TEASER_WORDS && opensWithHeadline(el, site, here);
    return { el, words, links: anchors.length, density: words ? linkedShare(el, anchors) : 0, teaser };
  });
  // A teaser is not the story's prose, however long its blurb.
  const isProse = (b: Block) => b.words >= PROSE_WORDS && b.density < PROSE_DENSITY && !b.teaser;
  const first = blocks.findIndex(isProse);
  let last = -1;
  for (let i = blocks.length - 1; i >= 0; i--)
    if (isProse(blocks[i]!)) {
      last = i;
      break;
    }
  if (first < 0) return 0;
  const linky = (i: number, min: number) => {
    const b = blocks[i];
    return !!b && b.words > 0 && b.density >= min;
  };
  // The next block with words: an empty list item or cell between two links of a list does not end the list.
  const next = (i: number, step: number) => {
    let j = i + step;
    while (blocks[j] && !blocks[j]!.words) j += step;
    return j;
  };
  const sentence = (b: Block) => b.words >= SENTENCE_WORDS && b.links === 0 && SENTENCE_END.test((b.el.textContent ?? '').trim());
  const longLine = (i: number, step: number) =>
    blocks[i]!.words >= BREAK_WORDS && !(step > 0 ? blocks.slice(i + 1) : blocks.slice(0, i)).some(sentence);
  const breakAt = (i: number, step: number) =>
    (linky(i, LINKY) && (blocks[i]!.links >= BREAK_LINKS || longLine(i, step))) ||
    (linky(i, ALL_LINK) && linky(next(i, step), ALL_LINK)) ||
    // Two teasers in a row are a "more stories" list, whatever their share of links.
    (blocks[i]!.teaser && !!blocks[next(i, step)]?.teaser);

  let cutTail = -1;
  for (let i = last + 1; i < blocks.length; i++)
    if (breakAt(i, 1)) {
      cutTail = i;
      break;
    }
  while (cutTail > last + 1 && isLabel(blocks[cutTail - 1]!)) cutTail--;
  let cutHead = -1;
  for (let i = first - 1; i >= 0; i--)
    if (breakAt(i, -1)) {
      cutHead = i;
      break;
    }

  const total = blocks.reduce((s, b) => s + b.words, 0);
  const doomed = [...(cutHead >= 0 ? blocks.slice(0, cutHead + 1) : []), ...(cutTail >= 0 ? blocks.slice(cutTail) : [])];
  const words = doomed.reduce((s, b) => s + b.words, 0);
  // More than MAX_SHARE goes only when what goes is itself mostly links (the second signal): a page of lists around a short story.
  // A teaser's words count as linked: its headline link to another story is the signal.
  const linked = doomed.reduce((s, b) => s + (b.teaser ? b.words : b.words * b.density), 0);
  if (!doomed.length || (words > total * MAX_SHARE && linked < words * LINKED_SHARE)) return 0;
  // A teaser's headline link is the story guard's second signal (its other words would count against the budget).
  let removed = 0;
  for (const b of doomed) if (content.contains(b.el) && removeAndPrune(b.el, content, b.teaser)) removed++;
  return removed;
}

function isLabel(b: Block): boolean {
  const text = (b.el.textContent ?? '').trim();
  return b.words > 0 && b.words <= LABEL_WORDS && !SENTENCE_END.test(text);
}

/** Share of the element's letters inside its links (linkDensity of leaf-blocks.ts with the links already found). */
function linkedShare(el: Element, anchors: HTMLCollectionOf<HTMLAnchorElement>): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total || !anchors.length) return 0;
  let linked = 0;
  for (const a of Array.from(anchors)) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

import { countWords } from '../text/normalize-for-compare';
import { leafBlocks } from './leaf-blocks';
import { linkDensity, linkedWords } from '../text/link-density';
import { protectBlocks } from './remove-and-prune';
import { opensWithHeadline } from './opens-with-headline';
import { siteOf } from '../url/same-site';

// Story prose: a block this long, with few of its letters in links ...
const PROSE_WORDS = 40;
const PROSE_DENSITY = 0.2;
// ... and at least this share of its words (of 5+ letters: short words like "this" and "with" are everyone's) used elsewhere in the candidate: the story's own
// vocabulary. A newsletter pitch or a site's "about us" text of that length shares little of it.
const SHARED_VOCABULARY = 0.35;
const WORD = /\p{L}{5,}/gu;
// Without a second signal (links, the same text twice, a labelled comment thread) cleaning removes at most
// this share of the candidate's words outside links.
const MAX_REMOVED_SHARE = 0.5;

/**
 * Marks the candidate's blocks that read like story prose, before any
 * cleaning pass runs, so that removeAndPrune keeps them whatever a pass
 * decides (issue 12, item 5: one unseen page lost 71 % of its story to
 * cleaning), and gives it a budget: half of the candidate's words outside
 * links, beyond which it removes nothing more. Only a pass with a second,
 * independent signal goes past either: the same text printed twice
 * (remove-duplicate-blocks.ts), a comment thread that the page itself labels
 * or heads as one (remove-boilerplate.ts); words in links cost nothing.
 * Returns the number of blocks marked.
 */
export function guardStory(content: Element): number {
  const blocks = leafBlocks(content);
  const site = siteOf(content.ownerDocument.URL);
  const here = content.ownerDocument.URL.replace(/#.*$/, '');
  const words = blocks.map((b) => (b.textContent ?? '').toLowerCase().match(WORD) ?? []);
  // How many blocks use each word: a word of the story's vocabulary is used in another block too.
  const blocksWith = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) blocksWith.set(w, (blocksWith.get(w) ?? 0) + 1);
  const prose: Element[] = [];
  blocks.forEach((b, i) => {
    const ws = words[i]!;
    if (ws.length < PROSE_WORDS / 4 || countWords(b.textContent ?? '') < PROSE_WORDS) return;
    if (linkDensity(b) >= PROSE_DENSITY) return;
    // A teaser of another story (its headline link, then the blurb) is not this story's prose.
    if (b.getElementsByTagName('a').length && opensWithHeadline(b, site, here)) return;
    const shared = ws.filter((w) => (blocksWith.get(w) ?? 0) > 1).length;
    if (shared >= ws.length * SHARED_VOCABULARY) prose.push(b);
  });
  // Counted block by block (the text of the whole runs the last word of one block into the first of the next),
  // and as a whole (text set loose between <br>s belongs to no block): the larger.
  const byBlock = blocks.reduce((sum, b) => sum + Math.max(0, countWords(b.textContent ?? '') - linkedWords(b)), 0);
  const whole = countWords(content.textContent ?? '') - linkedWords(content);
  protectBlocks(content, prose, Math.max(byBlock, whole) * MAX_REMOVED_SHARE);
  return prose.length;
}

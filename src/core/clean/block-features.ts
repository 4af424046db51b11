import { countWords, normalizeForCompare } from '../text/normalize-for-compare';
import { siteOf } from '../url/same-site';
import { isCallToActionWord } from './call-to-action-words';
import { leafBlocks } from './leaf-blocks';
import { matchBoilerplate } from './match-boilerplate';
import { isCredit, isDateline } from './match-dateline';
import { within } from './named-ancestor';
import { opensWithHeadline } from './opens-with-headline';
import { isGuarded } from './remove-and-prune';

/**
 * General features of each leaf block of the article, for the one fitted
 * block scorer (score-blocks.ts; weights in block-model.ts, written by
 * bench/fit-quality.ts): where the block sits, how long it is, how much of it
 * is links, whether its text is printed again, its shape (list of links, form
 * controls, capitals, punctuation), the furniture's vocabulary in six
 * languages, how much of the story's own vocabulary it shares, and the
 * verdicts of the rule passes' matchers. Every feature is a number of about
 * 0 to 1, so that one ridge penalty suits them all. No feature names a site,
 * a class name or a corpus.
 */
export const FEATURE_NAMES = [
  'words',
  'short',
  'startShare',
  'endShare',
  'beforeStory',
  'afterStory',
  'edge',
  'linkyOutside',
  'shortOutside',
  'linkShare',
  'allLinks',
  'links',
  'repeated',
  'listItem',
  'linkList',
  'cell',
  'controls',
  'caps',
  'sentenceEnd',
  'sentences',
  'separators',
  'digits',
  'callToAction',
  'callToActionLine',
  'storyVocabulary',
  'fewLongWords',
  'prose',
  'phrase',
  'dateline',
  'teaser',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface ScoredBlock {
  el: Element;
  /**
   * Whether the scorer may remove it at all: only blocks after the story's last paragraph of prose, and never
   * captions and headings (a reader wants them; see bench/QUALITY.md).
   */
  candidate: boolean;
  features: Record<FeatureName, number>;
}

const LONG_WORD = /\p{L}{5,}/gu;
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/;
const SENTENCE_MARK = /[.!?…](?=\s|$)/g;
const SEPARATOR = /[|•·»«›‹/\\>]|\s-\s/g;
const HEADING = /^h[1-6]$/;
// prettier-ignore
const KEPT = new Set(['figure', 'figcaption', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
const LIST = new Set(['li']);
const CELLS = new Set(['td', 'th']);
const CONTROLS = 'input, button, select, textarea, form';
// A block of the story: this long, with few of its words in links (as trim-to-story.ts counts prose).
const PROSE_WORDS = 20;
const PROSE_LINKS = 0.25;

interface Raw {
  el: Element;
  text: string;
  words: number;
  linked: number;
  anchors: number;
  norm: string;
}

/**
 * The article's leaf blocks with their features, in document order: those
 * after the story's last paragraph of prose (the only ones the scorer judges,
 * so the reader pays for no others), or with `every` all of them.
 */
export function blockFeatures(content: Element, every = false): ScoredBlock[] {
  const site = siteOf(content.ownerDocument.URL);
  const here = content.ownerDocument.URL.replace(/#.*$/, '');
  const raw: Raw[] = leafBlocks(content).map((el) => {
    const text = el.textContent ?? '';
    const anchors = el.getElementsByTagName('a');
    let linked = 0;
    for (const a of Array.from(anchors)) linked += countWords(a.textContent ?? '');
    const words = countWords(text);
    return {
      el,
      text,
      words,
      linked: Math.min(linked, words),
      anchors: anchors.length,
      norm: words <= 60 ? normalizeForCompare(text) : '',
    };
  });
  const total = raw.reduce((s, b) => s + b.words, 0) || 1;
  const texts = new Map<string, number>();
  for (const b of raw) if (b.norm) texts.set(b.norm, (texts.get(b.norm) ?? 0) + 1);
  const longWords = raw.map((b) => b.text.toLowerCase().match(LONG_WORD) ?? []);
  const blocksWith = new Map<string, number>();
  for (const ws of longWords) for (const w of new Set(ws)) blocksWith.set(w, (blocksWith.get(w) ?? 0) + 1);
  const isProse = (b: Raw) => b.words >= PROSE_WORDS && b.linked < b.words * PROSE_LINKS;
  const first = raw.findIndex(isProse);
  const last = raw.length - 1 - [...raw].reverse().findIndex(isProse);
  let before = 0;
  const out: ScoredBlock[] = [];
  raw.forEach((b, i) => {
    if (!every && first >= 0 && i <= last) {
      before += b.words;
      return;
    }
    const words = b.words;
    const outside = first < 0 || i < first || i > last;
    const linkShare = words ? b.linked / words : 0;
    const letters = b.text.match(/\p{L}/gu)?.length ?? 0;
    const upper = b.text.match(/\p{Lu}/gu)?.length ?? 0;
    const digits = b.text.match(/\p{N}/gu)?.length ?? 0;
    const trimmed = b.text.trim();
    const normWords = (b.norm || normalizeForCompare(trimmed.slice(0, 600))).split(' ').filter(Boolean);
    const cta = normWords.filter(isCallToActionWord).length;
    const ws = longWords[i]!;
    const shared = ws.filter((w) => (blocksWith.get(w) ?? 0) > 1).length;
    const features: Record<FeatureName, number> = {
      words: Math.min(1.5, Math.log1p(words) / 5),
      short: words <= 3 ? 1 : 0,
      startShare: before / total,
      endShare: (total - before - words) / total,
      beforeStory: first < 0 || i < first ? 1 : 0,
      afterStory: first >= 0 && i > last ? 1 : 0,
      edge: 1 / (1 + Math.min(i, raw.length - 1 - i)),
      linkyOutside: outside ? linkShare : 0,
      shortOutside: outside && words <= 12 ? 1 : 0,
      linkShare,
      allLinks: words && linkShare >= 0.9 ? 1 : 0,
      links: Math.min(1.5, Math.log1p(b.anchors) / 3),
      repeated: b.norm && (texts.get(b.norm) ?? 0) > 1 ? 1 : 0,
      listItem: within(b.el, LIST) ? 1 : 0,
      linkList: inLinkList(b.el) ? 1 : 0,
      cell: within(b.el, CELLS) ? 1 : 0,
      controls: b.el.querySelector(CONTROLS) || b.el.closest('form') ? 1 : 0,
      caps: letters >= 5 ? upper / letters : 0,
      sentenceEnd: SENTENCE_END.test(trimmed) ? 1 : 0,
      sentences: words ? Math.min(1, ((trimmed.match(SENTENCE_MARK)?.length ?? 0) * 12) / words) : 0,
      separators: words ? Math.min(1, (trimmed.match(SEPARATOR)?.length ?? 0) / words) : 0,
      digits: letters + digits ? digits / (letters + digits) : 0,
      callToAction: normWords.length ? cta / normWords.length : 0,
      callToActionLine: cta > 0 && words <= 12 ? 1 : 0,
      storyVocabulary: ws.length ? shared / ws.length : 0,
      fewLongWords: ws.length < 3 ? 1 : 0,
      prose: isGuarded(content, b.el) ? 1 : 0,
      phrase: words <= 40 && matchBoilerplate(b.text) ? 1 : 0,
      dateline: words <= 40 && (isDateline(b.text) || isCredit(b.text)) ? 1 : 0,
      teaser: b.anchors && words >= 8 && opensWithHeadline(b.el, site, here) ? 1 : 0,
    };
    before += words;
    // Only what follows the story's last paragraph of prose is the scorer's: inside the story and above it the
    // references disagree (scrapinghub's keep a deal list's "Get it on Amazon for $58.99" lines and in-story
    // "CLICK FOR FULL RESULTS" calls, l3s-gn1's drop such lines), and judging those lowered a corpus at every threshold.
    const candidate = features.afterStory === 1 && !within(b.el, KEPT) && !HEADING.test(b.el.localName);
    out.push({ el: b.el, candidate, features });
  });
  return out;
}

/** A list item of a list whose items (three or more) are mostly links: navigation, tags, "more stories". */
function inLinkList(el: Element): boolean {
  let li: Element | null = el;
  while (li && li.localName !== 'li') li = li.parentElement;
  const list = li?.parentElement;
  if (!list) return false;
  let items = 0;
  let linky = 0;
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== 'li') continue;
    items++;
    const text = (c.textContent ?? '').replace(/\s+/g, '').length;
    let linked = 0;
    for (const a of Array.from(c.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
    if (text && linked >= text * 0.6) linky++;
  }
  return items >= 3 && linky * 2 > items;
}

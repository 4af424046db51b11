import { BUY_LABELS, COMMENT_AREA, SHAPE } from './detect-rules';

const PROSE_CHARS = SHAPE.proseChars;

export interface PageShape {
  /** Links inside headings: teaser headlines of a front, a list or a search page. */
  headlineLinks: number;
  /** The most paragraphs of prose that share one parent: a story's body has a run of them, a list of teasers has one per card. */
  proseRun: number;
  /** Blocks that each hold one timestamp and a paragraph of prose: posts of a thread, updates of a live blog, teasers of a front. An article is one such block. */
  datedProseItems: number;
  /** Buttons that put something in a cart. */
  buyButtons: number;
  /** "Reply" and "Quote" buttons outside comment areas: a thread's posts. */
  replyButtons: number;
}

/**
 * What the page looks like, counted cheaply (a few selector queries, no
 * layout): the repeated items of listings and threads show here even when
 * the metadata says "article".
 */
export function measurePageShape(doc: Document): PageShape {
  const body = doc.body;
  const empty = { headlineLinks: 0, proseRun: 0, datedProseItems: 0, buyButtons: 0, replyButtons: 0 };
  if (!body) return empty;
  const headlineLinks = countOutsideComments(body.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]'));
  const runs = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (p.parentElement && isProse(p)) runs.set(p.parentElement, (runs.get(p.parentElement) ?? 0) + 1);
  }
  const items = new Set<Element>();
  for (const t of Array.from(body.querySelectorAll('time'))) {
    const item = datedItemOf(t);
    if (item && !inCommentArea(item)) items.add(item);
  }
  let buyButtons = 0;
  for (const b of Array.from(body.querySelectorAll('button, input[type="submit" i], input[type="button" i], a[href]'))) {
    const label = b.localName === 'input' ? b.getAttribute('value') ?? '' : b.textContent ?? '';
    // A link that says "Buy now" may be an affiliate box in a review; one that fills a cart is a shop's.
    if (label.length < 40 && BUY_LABELS.test(label) && (b.localName !== 'a' || /cart|basket|bag|korb|panier|carr/i.test(label))) buyButtons++;
  }
  let replyButtons = 0;
  for (const b of Array.from(body.querySelectorAll('button, a[href], a[role="button" i]'))) {
    const label = (b.textContent ?? '').trim();
    if (label.length < 12 && /^(?:reply|quote|antworten|zitieren|r[ée]pondre|citer|responder|citar|rispondi|cita)$/i.test(label) && !inCommentArea(b)) replyButtons++;
  }
  return {
    headlineLinks,
    proseRun: Math.max(0, ...runs.values()),
    datedProseItems: items.size,
    buyButtons,
    replyButtons,
  };
}

/** A paragraph of running text, not a caption or a one-line teaser. */
function isProse(p: Element): boolean {
  return (p.textContent ?? '').trim().length >= PROSE_CHARS;
}

/**
 * The smallest ancestor of a timestamp that also holds prose, if it holds
 * no more than two timestamps (posted, edited): the post, update or teaser
 * that the date belongs to. Bounded to a few levels up.
 */
function datedItemOf(time: Element): Element | null {
  let cur = time.parentElement;
  for (let depth = 0; cur && cur.localName !== 'body' && depth < 6; depth++, cur = cur.parentElement) {
    if (Array.from(cur.querySelectorAll('p')).some(isProse)) return cur.querySelectorAll('time').length <= 2 ? cur : null;
  }
  return null;
}

function countOutsideComments(list: NodeListOf<Element>): number {
  let n = 0;
  for (const el of Array.from(list)) if (!inCommentArea(el)) n++;
  return n;
}

function inCommentArea(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const hint = `${cur.getAttribute('class') ?? ''} ${cur.id}`;
    if (hint.length > 1 && COMMENT_AREA.test(hint)) return true;
  }
  return false;
}

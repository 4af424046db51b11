import { BUY_LABELS, COMMENT_AREA, ERROR_TITLES, PROSE_CHARS } from './detect-rules';
import { decideByReaderable } from './decide-by-readerable';
import { proseQuality } from './prose-quality';

const PRICE =
  /^(?:[$€£¥]\s?\d[\d.,' ]*(?:\s?[-–]\s?[$€£¥]?\s?\d[\d.,]*)?|\d[\d.,' ]*\s?(?:€|EUR|USD|\$|£|CHF|kr|zł|Kč)|(?:EUR|USD|CHF)\s?\d[\d.,]*)\*?$/i;
const DURATION = /^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/;
const REPLY = /^(?:reply|quote|antworten|zitieren|r[ée]pondre|citer|responder|citar|rispondi|cita)$/i;

/** log(1 + n) / log(1 + cap), capped at 1: counts as features of one scale. */
export function scaled(n: number, cap: number): number {
  return Math.min(1, Math.log1p(Math.max(0, n)) / Math.log1p(cap));
}

/**
 * What the page's shape shows, counted cheaply (selector queries and one
 * walk, no layout), for the on-demand stage of the decision: repeated item
 * blocks (cards, prices, cart buttons, ratings, durations of a track list,
 * posts with avatars and reply links), dated prose items, an error title, how much of the
 * prose sits in comment areas, Readability's quick test, and the best
 * cheap candidate for the story (the parent of most prose): its share of
 * the page's text, its link density and how it reads.
 */
export function pageFeatures(doc: Document): { features: Record<string, number>; bodyLetters: number } {
  const f: Record<string, number> = {};
  const body = doc.body;
  if (!body) return { features: f, bodyLetters: 0 };
  const bodyLetters = letters(body.textContent ?? '');
  f['page.letters'] = scaled(bodyLetters, 100_000);
  f['readerable'] = decideByReaderable(doc) ? 1 : 0;
  if (isErrorPage(doc)) f['page.error'] = 1;
  // One static list of the body's elements, filtered by tag here: selector lists ("a, b, c") and
  // attribute selectors cost a walk each in jsdom.
  const all = Array.from(body.querySelectorAll('*'));
  const tagged = (...names: string[]) => all.filter((el) => names.includes(el.localName));
  const links = all.filter((el) => el.localName === 'a' && el.hasAttribute('href'));
  const inCommentArea = commentAreaTest();
  f['shape.headlineLinks'] = scaled(links.filter((a) => inHeading(a) && !inCommentArea(a)).length, 60);

  // Prose paragraphs: by parent (the longest run and the best candidate), and how many sit in comment areas.
  const runs = new Map<Element, { n: number; chars: number }>();
  // Every element that holds a prose paragraph, marked once from each paragraph upwards (a query per timestamp's ancestors was quadratic).
  const holdsProse = new Set<Element>();
  let prose = 0;
  let commentProse = 0;
  for (const p of tagged('p')) {
    const len = (p.textContent ?? '').trim().length;
    if (len < PROSE_CHARS || !p.parentElement) continue;
    prose++;
    for (let cur: Element | null = p.parentElement; cur && !holdsProse.has(cur); cur = cur.parentElement) holdsProse.add(cur);
    if (inCommentArea(p)) {
      commentProse++;
      continue;
    }
    const run = runs.get(p.parentElement) ?? { n: 0, chars: 0 };
    run.n++;
    run.chars += len;
    runs.set(p.parentElement, run);
  }
  let candidate: Element | null = null;
  let best = { n: 0, chars: 0 };
  for (const [el, run] of runs)
    if (run.chars > best.chars) {
      best = run;
      candidate = el;
    }
  f['shape.proseRun'] = scaled(best.n, 20);
  f['shape.commentProse'] = prose ? commentProse / prose : 0;
  if (candidate) {
    const text = candidate.textContent ?? '';
    const own = letters(text);
    f['cand.share'] = bodyLetters ? Math.min(1, own / bodyLetters) : 0;
    let linked = 0;
    for (const a of Array.from(candidate.querySelectorAll('a'))) linked += letters(a.textContent ?? '');
    f['cand.linkDensity'] = own ? Math.min(1, linked / own) : 1;
    const q = proseQuality(text);
    f['cand.sentenceLength'] = q.sentenceLength;
    f['cand.stopShare'] = q.stopShare;
  }

  const times = tagged('time');
  // How many timestamps each element holds, counted from each timestamp upwards.
  const timesIn = new Map<Element, number>();
  for (const t of times) for (let cur = t.parentElement; cur; cur = cur.parentElement) timesIn.set(cur, (timesIn.get(cur) ?? 0) + 1);
  const dated = new Set<Element>();
  for (const t of times) {
    const item = datedItemOf(t, holdsProse, timesIn);
    if (item && !inCommentArea(item)) dated.add(item);
  }
  f['shape.datedItems'] = scaled(dated.size, 20);

  let buy = 0;
  const inputs = tagged('input').filter((i) => /^(?:submit|button)$/i.test(i.getAttribute('type') ?? ''));
  const buttons = tagged('button');
  for (const b of [...buttons, ...inputs, ...links]) {
    const label = b.localName === 'input' ? (b.getAttribute('value') ?? '') : (b.textContent ?? '');
    if (label.length < 40 && BUY_LABELS.test(label)) buy++;
  }
  f['shape.buy'] = scaled(buy, 10);
  let reply = 0;
  for (const b of [...buttons, ...links]) {
    const label = (b.textContent ?? '').trim();
    if (label.length < 12 && REPLY.test(label) && !inCommentArea(b)) reply++;
  }
  f['shape.reply'] = scaled(reply, 20);

  // Short leaf texts: prices and durations (a shop's grid, a track list or an episode list).
  let prices = 0;
  let durations = 0;
  // prettier-ignore
  const LEAVES = new Set(['span', 'td', 'li', 'strong', 'b', 'div', 'p', 'dd', 'ins', 'del', 'bdi', 'time']);
  for (const el of all) {
    if (!LEAVES.has(el.localName) || el.firstElementChild) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length === 0 || text.length > 24) continue;
    if (PRICE.test(text)) prices++;
    else if (DURATION.test(text)) durations++;
  }
  // Class names in one pass of our own: substring selectors ([class*=x i]) cost a DOM walk each in jsdom.
  let priceClass = 0;
  let ratingClass = 0;
  let avatars = 0;
  let itempropPrice = 0;
  let itempropRating = 0;
  for (const el of all) {
    const prop = el.getAttribute('itemprop');
    if (prop === 'price') itempropPrice++;
    else if (prop === 'ratingValue' || prop === 'reviewRating') itempropRating++;
    const cls = el.getAttribute('class') ?? '';
    if (!cls) continue;
    if (/price/i.test(cls)) priceClass++;
    if (/rating|stars/i.test(cls)) ratingClass++;
    if (/avatar/i.test(cls)) avatars += el.localName === 'img' ? 1 : el.querySelectorAll('img').length;
  }
  const imgs = tagged('img');
  for (const img of imgs) {
    if (
      !/avatar/i.test(img.getAttribute('class') ?? '') &&
      /avatar/i.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('alt') ?? ''}`)
    )
      avatars++;
  }
  f['shape.prices'] = scaled(prices + priceClass + itempropPrice, 30);
  f['shape.durations'] = scaled(durations, 20);
  f['shape.ratings'] = scaled(ratingClass + itempropRating, 20);
  f['shape.avatars'] = scaled(avatars, 20);
  const images = imgs.length + tagged('picture').length;
  f['shape.images'] = scaled(images, 100);
  f['shape.imagesPerProse'] = Math.min(1, images / (prose + 1) / 10);
  f['shape.media'] = tagged('audio', 'video', 'iframe').some(
    (m) => m.localName !== 'iframe' || /player|youtube|vimeo/i.test(m.getAttribute('src') ?? ''),
  )
    ? 1
    : 0;
  f['shape.password'] = body.querySelector('input[type="password"]') ? 1 : 0;
  const cards = repeatedBlocks(body, links);
  f['shape.cards'] = scaled(cards.largest, 50);
  f['shape.cardGroups'] = scaled(cards.groups, 10);
  return { features: f, bodyLetters };
}

/**
 * Runs of sibling elements of one kind (tag and first class) that each hold
 * a link: the cards of a grid, the items of a list, the posts of a thread.
 * One walk: elements holding a link are marked from each link upwards.
 */
function repeatedBlocks(body: Element, links: Element[]): { largest: number; groups: number } {
  const linked = new Set<Element>();
  for (const a of links) {
    for (let cur: Element | null = a; cur && cur !== body && !linked.has(cur); cur = cur.parentElement) linked.add(cur);
  }
  let largest = 0;
  let groups = 0;
  const seen = new Set<Element>();
  for (const el of linked) {
    const parent = el.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    const counts = new Map<string, number>();
    for (const c of Array.from(parent.children)) {
      if (!linked.has(c) || c.localName === 'a' || c.localName === 'option') continue;
      const key = `${c.localName}.${(c.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const n of counts.values()) {
      if (n >= 4) groups++;
      if (n > largest) largest = n;
    }
  }
  return { largest, groups };
}

/** The smallest ancestor of a timestamp that also holds prose, if it holds no more than two timestamps: the post, update or teaser the date belongs to. */
function datedItemOf(time: Element, holdsProse: Set<Element>, timesIn: Map<Element, number>): Element | null {
  let cur = time.parentElement;
  for (let depth = 0; cur && cur.localName !== 'body' && depth < 6; depth++, cur = cur.parentElement) {
    if (holdsProse.has(cur)) return (timesIn.get(cur) ?? 0) <= 2 ? cur : null;
  }
  return null;
}

function inHeading(el: Element): boolean {
  for (let cur = el.parentElement, depth = 0; cur && depth < 4; cur = cur.parentElement, depth++)
    if (/^h[1-4]$/.test(cur.localName)) return true;
  return false;
}

/** Whether an element sits in a comment area, remembered per element: links, paragraphs and timestamps share their ancestors. */
function commentAreaTest(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el: Element): boolean => {
    // Iterative (a hostile page may nest thousands deep): up to the first known ancestor or a comment area, then remembered down the path.
    const path: Element[] = [];
    let answer = false;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const seen = known.get(cur);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      path.push(cur);
      const hint = `${cur.getAttribute('class') ?? ''} ${cur.id}`;
      if (hint.length > 1 && COMMENT_AREA.test(hint)) {
        answer = true;
        break;
      }
    }
    // A comment area holds everything under it; a path that met none holds none up to the root (or the known answer).
    for (const p of path) known.set(p, answer);
    return answer;
  };
}

export function letters(s: string): number {
  return s.replace(/[^\p{L}\p{N}]/gu, '').length;
}

/** The first heading or the title's first part is a whole "not found" sentence. */
function isErrorPage(doc: Document): boolean {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const title = (doc.title ?? '').split(/\s+[|\-–—:·•»]\s+/)[0]?.trim() ?? '';
  return [h1, title].some((t) => t.length > 0 && t.length < 80 && ERROR_TITLES.test(t));
}

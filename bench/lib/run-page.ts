/**
 * One corpus page through our pipeline and plain Readability 0.6.0, in one
 * jsdom window that is closed before the next page: scores, the text kept
 * or dropped, the recall after each step of our pipeline, and times.
 */
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import type { BlockModel } from '../../src/core/clean/block-model';
import type { CleanPass, Removal } from '../../src/core/clean/removal-trace';
import { cloneDocument } from '../../src/core/extract/clone-document';
import { extractArticle, type TraceStep } from '../../src/core/pipeline/extract-article';
import { createSanitizer } from '../../src/core/sanitize/create-sanitizer';
import { blockText } from '../../src/core/text/block-text';
import { normalizeForCompare } from '../../src/core/text/normalize-for-compare';
import { parseDocument } from '../../src/node/parse-document';
import type { CorpusEntry } from './load-corpus';
import { pageF1, scorePage, tokenize, type PageScore } from './shingle-metric';

// Comment-form furniture, as whole short blocks: a story may say "leave a comment" in a sentence.
const COMMENT_FORM = /^(leave a (reply|comment)|your email address will not be published|post comment|required fields are marked)\b/i;
const FORM_MAX_WORDS = 16;
// Fewer words than this from Readability is not an article (extractArticle's own floor).
const ARTICLE_WORDS = 30;

export type Scored = Pick<PageScore, 'tp' | 'fp' | 'fn' | 'exact' | 'empty'> & { f1: number; p: number; r: number };

/** Our pipeline's text after one step, scored against the reference, with the reference text that step removed. */
export interface StepRow {
  step: string;
  recall: number;
  precision: number;
  lost: string[];
}

export interface PageRow {
  corpus: string;
  id: string;
  url: string;
  /** Set when our pipeline threw: the page counts as one without output. */
  error?: string;
  ours: Scored;
  readability: Scored;
  readabilityBlocks: Scored;
  /** Words of plain Readability's text. */
  readabilityWords: number;
  title: string;
  headlineInBody: boolean;
  commentForm: string | null;
  ms: { ours: number; readability: number; ratio: number; ratioOff?: number };
  kept: string[];
  dropped: string[];
  /** For each of `dropped`: the cleaning pass whose trace removed it, or 'readability' when its article never had it, or 'sanitize'. */
  droppedBy: string[];
  steps: StepRow[];
  /** With --ab: our pipeline with the block scorer off, scored and timed in the same run (ms.ratio of it in ms.ratioOff). */
  off?: Scored;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function shingleSet(text: string): Set<string> {
  const o = tokenize(text);
  const set = new Set<string>();
  for (let i = 0; i + 4 <= o.length; i++) set.add(o.slice(i, i + 4).join(' '));
  return set;
}

/** Runs of tokens of text whose shingles are not in the other text: readable samples of what differs. */
export function phrases(text: string, other: string | Set<string>, max = 3): string[] {
  const tokens = tokenize(text);
  const otherSet = typeof other === 'string' ? shingleSet(other) : other;
  const bad = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    if (!otherSet.has(tokens.slice(i, i + 4).join(' '))) for (let j = i; j < i + 4; j++) bad[j] = true;
  }
  const runs: string[][] = [];
  let cur: string[] = [];
  tokens.forEach((t, i) => {
    if (bad[i]) cur.push(t);
    else if (cur.length) {
      runs.push(cur);
      cur = [];
    }
  });
  if (cur.length) runs.push(cur);
  return runs
    .sort((a, b) => b.length - a.length)
    .slice(0, max)
    .map((r) => `${r.length}w: ${r.slice(0, 18).join(' ')}${r.length > 18 ? ' …' : ''}`);
}

export function score(reference: string, text: string): Scored {
  const s = scorePage(reference, text);
  return {
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    exact: s.exact,
    empty: s.empty,
    f1: pageF1(s),
    p: s.tp / (s.tp + s.fp || 1),
    r: s.tp / (s.tp + s.fn || 1),
  };
}

/** The page parsed in its own window; the window is closed whatever happens. */
export function runPage(
  corpus: string,
  entry: CorpusEntry,
  html: string,
  reps: number,
  ab = false,
  skip: readonly CleanPass[] = [],
): PageRow {
  const { document, window } = parseDocument(html, entry.url);
  try {
    return measure(corpus, entry, document, window, reps, ab, new Set(skip));
  } finally {
    (window as unknown as { close(): void }).close();
  }
}

// The block scorer switched off (score-blocks.ts removes nothing at an infinite threshold): our cleaning before it.
const SCORER_OFF: BlockModel = { bias: 0, weights: {}, threshold: Infinity };

function measure(
  corpus: string,
  entry: CorpusEntry,
  document: Document,
  window: Window,
  reps: number,
  ab: boolean,
  skipPasses: ReadonlySet<CleanPass>,
): PageRow {
  const sanitizer = createSanitizer(window as never, entry.url);
  const sanitize = { mode: 'in-place', inPlace: sanitizer.inPlace } as const;
  const runOurs = () => extractArticle(document, { url: entry.url, sanitize, skipPasses });
  const runOff = () => extractArticle(document, { url: entry.url, sanitize, skipPasses, blockModel: SCORER_OFF });
  // Plain Readability on the same copy of the page we start from (jsdom cannot clone some doctypes: clone-document.ts).
  const runReadability = () => new Readability(cloneDocument(document)).parse();

  // Our text after each step, for the recall each step costs (a pass that removed story text shows as a drop).
  const stepTexts: Array<[string, string]> = [];
  const trace: TraceStep = (step, content) => {
    stepTexts.push([step, blockText(content)]);
  };
  const before = document.documentElement.outerHTML;
  // What each cleaning pass removed (the CLI's --explain trace), to name the pass behind each text lost.
  const removals: Removal[] = [];
  const explain = (r: Removal) => {
    if (r.outcome === 'removed') removals.push(r);
  };
  let error: string | undefined;
  let oursText = '';
  let title = '';
  try {
    const result = extractArticle(document, { url: entry.url, sanitize, skipPasses, trace, explain });
    if (result.ok) {
      oursText = result.article.text;
      title = result.article.title;
    }
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  let plain: ReturnType<typeof runReadability> = null;
  let plainEl: Element | null = null;
  try {
    plain = runReadability();
    plainEl = new Readability<Element>(cloneDocument(document), { serializer: (el) => el as Element }).parse()?.content ?? null;
  } catch {
    /* plain Readability failing is its own empty output */
  }
  let off: Scored | undefined;
  if (ab && !error) {
    try {
      const r = runOff();
      off = score(entry.reference, r.ok ? r.article.text : '');
    } catch {
      off = score(entry.reference, '');
    }
  }
  if (!error && document.documentElement.outerHTML !== before) error = 'extraction changed the live document';

  const tOurs: number[] = [];
  const tRead: number[] = [];
  const tOff: number[] = [];
  if (!error) {
    for (let r = 0; r < reps; r++) {
      // Interleaved, alternating order, so warm-up and GC fall on both alike.
      const all = ab ? [runOurs, runReadability, runOff] : [runOurs, runReadability];
      const order = r % 2 ? [...all].reverse() : all;
      for (const fn of order) {
        const t0 = performance.now();
        try {
          fn();
        } catch {
          /* scored above */
        }
        const dt = performance.now() - t0;
        (fn === runOurs ? tOurs : fn === runOff ? tOff : tRead).push(dt);
      }
    }
  }

  const refSet = shingleSet(entry.reference);
  const steps: StepRow[] = [];
  let prev = '';
  for (const [step, text] of stepTexts) {
    const s = score(entry.reference, text);
    // What this step removed that the reference has: its shingles were in the text before and are not now.
    const lost = prev
      ? phrases(prev, shingleSet(text), 6)
          .filter((ph) => inReference(ph, refSet))
          .slice(0, 2)
      : [];
    steps.push({ step, recall: s.r, precision: s.p, lost });
    prev = text;
  }

  const dropped = phrases(entry.reference, oursText);
  const titleNorm = normalizeForCompare(title);
  const blocks = oursText.split(/\n\n/);
  const msOurs = tOurs.length ? median(tOurs) : 0;
  const msRead = tRead.length ? median(tRead) : 0;
  return {
    corpus,
    id: entry.id,
    url: entry.url,
    ...(error ? { error } : {}),
    ours: score(entry.reference, oursText),
    readability: score(entry.reference, plain?.textContent ?? ''),
    readabilityBlocks: score(entry.reference, plainEl ? blockText(plainEl) : ''),
    readabilityWords: tokenize(plain?.textContent ?? '').length,
    title,
    headlineInBody: !!titleNorm && blocks.some((b) => normalizeForCompare(b) === titleNorm),
    commentForm: blocks.find((b) => COMMENT_FORM.test(b.trim()) && tokenize(b).length <= FORM_MAX_WORDS) ?? null,
    ms: {
      ours: msOurs,
      readability: msRead,
      ratio: msRead ? msOurs / msRead : 0,
      ...(tOff.length && msRead ? { ratioOff: median(tOff) / msRead } : {}),
    },
    ...(off ? { off } : {}),
    kept: phrases(oursText, entry.reference),
    dropped,
    droppedBy: dropped.map((d) => lostBy(d, removals, stepTexts[0]?.[1] ?? '')),
    steps,
  };
}

/** Who took a lost phrase out: the pass whose removed block holds its first words, else Readability (its article lacks them) or the sanitizer. */
function lostBy(phrase: string, removals: readonly Removal[], readabilityText: string): string {
  const head = tokenize(phrase.replace(/^\d+w: /, '').replace(/ …$/, ''))
    .slice(0, 4)
    .join(' ');
  if (!head) return 'readability';
  const removal = removals.find((r) => tokenize(r.text).join(' ').includes(head));
  if (removal) return removal.pass;
  return tokenize(readabilityText).join(' ').includes(head) ? 'sanitize' : 'readability';
}

/** Whether most of a sample's shingles are the reference's: story text, not furniture the step rightly removed. */
function inReference(sample: string, refSet: Set<string>): boolean {
  const tokens = tokenize(sample.replace(/^\d+w: /, '').replace(/ …$/, ''));
  if (tokens.length < 4) return false;
  let hit = 0,
    all = 0;
  for (let i = 0; i + 4 <= tokens.length; i++, all++) if (refSet.has(tokens.slice(i, i + 4).join(' '))) hit++;
  return hit * 2 >= all;
}

export { ARTICLE_WORDS };

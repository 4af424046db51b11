/**
 * Fitting the block scorer (src/core/clean/block-model.ts): labels from the
 * corpora's hand-marked text, a ridge-penalised logistic regression (Newton's
 * method: deterministic, no seed), and the threshold chosen by the pages'
 * own F1: each page's output is re-scored with the benchmark's metric with
 * the blocks the model would remove taken out of its text. Used by
 * bench/fit-quality.ts (fitted on all corpora, and on two of three scored on
 * the third).
 */
import { FEATURE_NAMES } from '../../src/core/clean/block-features';
import type { BlockModel } from '../../src/core/clean/block-model';
import { scorePage, summarize, tokenize, type Summary } from './shingle-metric';
import { solveLinear } from './solve-linear';

/** One leaf block the rule passes left, as the scorer sees it. */
export interface BlockRow {
  /** Features in FEATURE_NAMES order. */
  f: number[];
  /** Its text as the output shows it (blockText). */
  text: string;
  /** The scorer may remove it (not a caption or heading, not guarded story prose). */
  removable: boolean;
}

export interface FitPage {
  corpus: string;
  id: string;
  reference: string;
  /** Our output without the scorer. */
  ours: string;
  /** Plain Readability with block breaks. */
  rb: string;
  blocks: BlockRow[];
}

export const FIT = {
  /** Ridge penalty on every weight but the bias. */
  lambda: 3,
  /** A block is the page's furniture when less than this share of its tokens is in the reference. */
  storyShare: 0.5,
  /** Least probability of "furniture" the threshold may take: the scorer removes only what it is sure of. */
  minProbability: 0.5,
} as const;

const SHINGLE = 4;

/** Share of a block's tokens that the reference holds (in one of its 4-token shingles, or, for a short block, as a run). */
export function storyShare(text: string, refShingles: Set<string>, refJoined: string): number {
  const t = tokenize(text);
  if (!t.length) return 1;
  if (t.length < SHINGLE) return refJoined.includes(` ${t.join(' ')} `) ? 1 : 0;
  const covered = new Array<boolean>(t.length).fill(false);
  for (let i = 0; i + SHINGLE <= t.length; i++) {
    if (refShingles.has(t.slice(i, i + SHINGLE).join(' '))) for (let j = i; j < i + SHINGLE; j++) covered[j] = true;
  }
  return covered.filter(Boolean).length / t.length;
}

interface Prepared {
  page: FitPage;
  /** Per block: label (1 = furniture) and weight. */
  y: number[];
  w: number[];
  cache: Map<string, ReturnType<typeof scorePage>>;
}

export function prepare(pages: FitPage[]): Prepared[] {
  return pages.map((page) => {
    const ref = tokenize(page.reference);
    const shingles = new Set<string>();
    for (let i = 0; i + SHINGLE <= ref.length; i++) shingles.add(ref.slice(i, i + SHINGLE).join(' '));
    const joined = ` ${ref.join(' ')} `;
    const tokens = page.blocks.map((b) => tokenize(b.text).length);
    const all = tokens.reduce((a, b) => a + b, 0) || 1;
    // Each page weighs alike (the metric averages pages), each block by its share of the page's tokens.
    const y = page.blocks.map((b) => (storyShare(b.text, shingles, joined) < FIT.storyShare ? 1 : 0));
    const w = tokens.map((n) => (Math.max(1, n) / all) * 20);
    return { page, y, w, cache: new Map() };
  });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Weighted logistic regression with an L2 penalty over the removable blocks, then the threshold by the pages' F1. */
export function fitBlockModel(pages: Prepared[]): BlockModel {
  const d = FEATURE_NAMES.length + 1;
  const rows: Array<{ x: number[]; y: number; w: number }> = [];
  for (const p of pages) p.page.blocks.forEach((b, i) => b.removable && rows.push({ x: [1, ...b.f], y: p.y[i]!, w: p.w[i]! }));
  let beta = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 40; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, w } of rows) {
      let z = 0;
      for (let j = 0; j < d; j++) z += x[j]! * beta[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const s = w * p * (1 - p);
      for (let j = 0; j < d; j++) {
        const xj = x[j]!;
        if (!xj) continue;
        grad[j]! += w * (p - y) * xj;
        for (let k = j; k < d; k++) if (x[k]) hess[j]![k]! += s * xj * x[k]!;
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    for (let j = 1; j < d; j++) {
      grad[j]! += FIT.lambda * beta[j]!;
      hess[j]![j]! += FIT.lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solveLinear(hess, grad);
    beta = beta.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  const weights = Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, round(beta[j + 1]!)]));
  const model: BlockModel = { bias: round(beta[0]!), weights, threshold: Infinity };
  return { ...model, threshold: chooseThreshold(pages, model) };
}

/**
 * The threshold (log-odds) with the largest summed rise of F1 over the
 * training corpora among those that lower none of them; none (Infinity: the
 * scorer removes nothing) if every threshold lowers one.
 */
function chooseThreshold(pages: Prepared[], model: BlockModel): number {
  const corpora = [...new Set(pages.map((p) => p.page.corpus))];
  const base = new Map(
    corpora.map((c) => [
      c,
      evaluate(
        pages.filter((p) => p.page.corpus === c),
        { ...model, threshold: Infinity },
      ).f1,
    ]),
  );
  let best = { gain: 0, threshold: Infinity };
  for (let prob = 0.99; prob >= FIT.minProbability - 1e-9; prob -= 0.01) {
    const threshold = round(Math.log(prob / (1 - prob)));
    const m = { ...model, threshold };
    let gain = 0;
    let lowers = false;
    for (const c of corpora) {
      const delta =
        evaluate(
          pages.filter((p) => p.page.corpus === c),
          m,
        ).f1 - base.get(c)!;
      if (delta < 0) lowers = true;
      gain += delta;
    }
    if (!lowers && gain > best.gain + 1e-6) best = { gain, threshold };
  }
  return best.threshold;
}

function score(f: number[], model: BlockModel): number {
  let z = model.bias;
  FEATURE_NAMES.forEach((n, j) => (z += (model.weights[n] ?? 0) * f[j]!));
  return z;
}

/** Our text with the blocks the model removes taken out (the first place each block's text stands as a block). */
function removeBlocks(text: string, removed: BlockRow[]): string {
  let out = `\n\n${text}\n\n`;
  for (const b of removed) {
    const at = out.indexOf(`\n\n${b.text}\n\n`);
    if (at >= 0) out = out.slice(0, at) + out.slice(at + b.text.length + 2);
    else {
      const loose = out.indexOf(b.text);
      if (loose >= 0) out = out.slice(0, loose) + out.slice(loose + b.text.length);
    }
  }
  return out.trim();
}

/** The corpus figures of some pages with the model's removals applied (Infinity: none, our shipped cleaning without the scorer). */
export function evaluate(pages: Prepared[], model: BlockModel): Summary & { removedShare: number } {
  let removedTokens = 0;
  let allTokens = 0;
  const scores = pages.map((p) => {
    const removed = Number.isFinite(model.threshold)
      ? p.page.blocks.filter((b) => b.removable && score(b.f, model) >= model.threshold)
      : [];
    const key = removed.map((b) => p.page.blocks.indexOf(b)).join(',');
    let s = p.cache.get(key);
    if (!s) {
      s = scorePage(p.page.reference, removeBlocks(p.page.ours, removed));
      p.cache.set(key, s);
    }
    for (const b of removed) removedTokens += tokenize(b.text).length;
    allTokens += tokenize(p.page.ours).length;
    return s;
  });
  return { ...summarize(scores), removedShare: allTokens ? removedTokens / allTokens : 0 };
}

/** Plain Readability's (with block breaks) corpus figures on the same pages. */
export function evaluateReadability(pages: Prepared[]): Summary {
  return summarize(pages.map((p) => scorePage(p.page.reference, p.page.rb)));
}

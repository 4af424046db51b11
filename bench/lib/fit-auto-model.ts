/**
 * Fitting the automatic reader's scored decision (src/core/detect/auto-model.ts):
 * one logistic regression per stage (ridge-penalised, by Newton's method:
 * deterministic, no seed), fitted on the features bench/auto.ts collects,
 * with the thresholds chosen from the same training pages. Used by
 * bench/fit-auto.ts (all pages) and by bench/auto.ts (cross-validation:
 * fit on one half of the sites, score the other).
 */
import type { DecisionThresholds } from '../../src/core/detect/decision-thresholds';
import type { StageModel } from '../../src/core/detect/score-stage';
import { scoreStage } from '../../src/core/detect/score-stage';

export interface FeatureRow {
  id: string;
  site: string;
  kind: string;
  isArticle: boolean;
  borderline: boolean;
  early: Record<string, number>;
  page: Record<string, number>;
  /** null where the extraction found no article (the decision is then no, whatever the scores). */
  full: Record<string, number> | null;
}

export interface AutoModels {
  early: StageModel;
  page: StageModel;
  full: StageModel;
  reading: DecisionThresholds;
}

export const FIT = {
  /** Ridge penalty on every weight but the bias. */
  lambda: 2,
  /** Each non-article weighs this many times an article (after balancing the two classes): precision is the feature. */
  nonArticleWeight: 2,
  /**
   * The address is a weak signal: no one of its features may weigh more than this (a story at a root
   * address or under /category/ still opens on its prose; strong prose outweighs any one of them).
   */
  maxUrlWeight: 1,
  /** What opening one page that is not an article costs, in articles left shut: the last threshold is chosen for precision. */
  falseOpenCost: 20,
  /** Share of the training articles the last stage accepts that each early stage may turn away. */
  earlyLoss: 0.002,
  /** Below the lowest such article, by this much, the early stages say no. */
  earlyMargin: 1,
  /** 0: the early stages' thresholds follow earlyLoss and earlyMargin alone. Else what an article they shut costs, in non-articles they stop before the parse. */
  earlyArticleCost: 0,
  /**
   * The toolbar button reads on request, so its check turns away only what is clearly not an article:
   * its last threshold keeps this share of the training articles (the early stages' follow, as above).
   */
  readingRecall: 0.98,
  /** Folds by site for the honest scores the thresholds are chosen on. */
  innerFolds: 3,
};

export type FitParams = { readonly [K in keyof typeof FIT]: number };

type Stage = 'early' | 'page' | 'full';

/**
 * Which way each feature may push, where its meaning says so: an article
 * type, a date or running prose can only count for an article; a price, a
 * cart button, a forum type or a root address only against. Without these
 * the fit learns the development set's accidents (our hand-written pages
 * carry modern metadata that many older real articles lack) instead of
 * what the features mean. Features not listed may take either sign.
 */
export const SIGNS: Readonly<Record<string, 1 | -1>> = Object.fromEntries([
  // prettier-ignore
  ...['ld.article', 'og.article', 'meta.date', 'meta.author', 'url.story', 'url.date', 'prose.paragraphs', 'shape.proseRun', 'readerable',
    'cand.stopShare', 'cand.sentenceLength', 'ex.stopShare', 'ex.sentenceLength', 'ex.words', 'ex.proseBlocks', 'ex.proseShare', 'shape.commentProse'].map((n) => [n, 1] as const),
  // prettier-ignore
  ...['ld.product', 'ld.media', 'ld.discussion', 'ld.listing', 'og.other', 'meta.price', 'page.error', 'url.root', 'url.listing', 'url.segment',
    'url.search', 'url.section', 'url.paginated', 'shape.buy', 'shape.prices', 'shape.ratings', 'shape.reply', 'shape.avatars', 'shape.datedItems',
    'shape.durations', 'shape.password', 'shape.cards', 'shape.cardGroups', 'shape.headlineLinks', 'ex.teaser', 'ex.short', 'ex.linkDensity',
    'ex.linkedHeadings', 'ex.dates', 'cand.linkDensity'].map((n) => [n, -1] as const),
]);

/**
 * Fits the three stages on the training rows, then chooses each threshold
 * from honest scores: every training page scored by the stages fitted
 * without its site (FIT.innerFolds folds by site). Scores of the pages a
 * model was fitted on are better than any new page's: a threshold chosen
 * on them opens more on new sites than it did on the training half.
 */
export function fitModels(rows: FeatureRow[], fit: FitParams = FIT): AutoModels {
  const train = rows.filter((r) => !r.borderline);
  const models = fitWeights(train, fit);
  const honest = new Map<string, { early: number; page: number; full: number | null }>();
  for (let k = 0; k < fit.innerFolds; k++) {
    const inner = fitWeights(
      train.filter((r) => fold(r.site, 100 + fit.innerFolds, fit.innerFolds) !== k),
      fit,
    );
    for (const r of train.filter((x) => fold(x.site, 100 + fit.innerFolds, fit.innerFolds) === k)) {
      honest.set(r.id, {
        early: scoreStage(inner.early, r.early).score,
        page: scoreStage(inner.page, r.page).score,
        full: r.full ? scoreStage(inner.full, r.full).score : null,
      });
    }
  }
  const scored = train.map((r) => ({ r, s: honest.get(r.id)! }));
  const { early, page, full } = models;
  full.threshold = precisionThreshold(
    fit,
    scored.filter(({ s }) => s.full !== null).map(({ r, s }) => ({ s: s.full!, y: r.isArticle })),
  );
  // Articles the last stage would open: the early stages must let (almost) all of them through.
  const kept = scored.filter(({ r, s }) => r.isArticle && s.full !== null && s.full >= full.threshold);
  const others = scored.filter(({ r }) => !r.isArticle);
  early.threshold = exitThreshold(
    fit,
    kept.map(({ s }) => s.early),
    others.map(({ s }) => s.early),
  );
  page.threshold = exitThreshold(
    fit,
    kept.map(({ s }) => s.page),
    others.filter(({ s }) => s.early >= early.threshold).map(({ s }) => s.page),
  );
  // The popup's check: the same models, lower thresholds, chosen the same way.
  const fullRead = recallThreshold(
    fit,
    scored.filter(({ r, s }) => r.isArticle && s.full !== null).map(({ s }) => s.full!),
  );
  const read = scored.filter(({ r, s }) => r.isArticle && s.full !== null && s.full >= fullRead);
  const reading = {
    early: Math.min(
      early.threshold,
      exitThreshold(
        fit,
        read.map(({ s }) => s.early),
      ),
    ),
    page: Math.min(
      page.threshold,
      exitThreshold(
        fit,
        read.map(({ s }) => s.page),
      ),
    ),
    full: Math.min(full.threshold, fullRead),
  };
  return { early, page, full, reading };
}

function fitWeights(train: FeatureRow[], fit: FitParams): { early: StageModel; page: StageModel; full: StageModel } {
  return {
    early: fitStage(train, 'early', fit),
    page: fitStage(train, 'page', fit),
    full: fitStage(
      train.filter((r) => r.full),
      'full',
      fit,
    ),
  };
}

/** Which of `folds` parts a site falls in, for split `seed`: a hash of the seed and the site name (bench/auto.ts splits by it too). */
export function fold(site: string, seed: number, folds = 2): number {
  let h = 2166136261;
  for (const c of `${seed}:${site}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  // FNV's low bit is only the parity of the characters: mix the high bits down first (murmur3's finaliser).
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % folds;
}

/**
 * The decision bench/auto.ts replays from features: the same order and thresholds as decide-is-article.ts,
 * for the automatic reader ('auto') or the popup's check ('reading').
 */
export function replay(m: AutoModels, r: FeatureRow, use: 'auto' | 'reading' = 'auto'): { isArticle: boolean; stage: string } {
  const t = use === 'reading' ? m.reading : { early: m.early.threshold, page: m.page.threshold, full: m.full.threshold };
  if (scoreStage(m.early, r.early).score < t.early) return { isArticle: false, stage: 'signals' };
  if (scoreStage(m.page, r.page).score < t.page) return { isArticle: false, stage: 'readerable' };
  if (!r.full) return { isArticle: false, stage: 'extraction' };
  return { isArticle: scoreStage(m.full, r.full).score >= t.full, stage: 'extraction' };
}

/** A weight's bounds: its sign where SIGNS gives one; the address's features also at most FIT.maxUrlWeight either way. */
function boundsOf(name: string, fit: FitParams): readonly [number, number] {
  const cap = name.startsWith('url.') ? fit.maxUrlWeight : Infinity;
  const sign = SIGNS[name] ?? 0;
  return [sign > 0 ? 0 : -cap, sign < 0 ? 0 : cap];
}

function fitStage(rows: FeatureRow[], stage: Stage, fit: FitParams): StageModel {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r[stage] ?? {})))].sort();
  const nA = rows.filter((r) => r.isArticle).length;
  const nO = rows.length - nA;
  const wO = nO ? (nA / nO) * fit.nonArticleWeight : 1;
  const X = rows.map((r) => [1, ...names.map((n) => r[stage]?.[n] ?? 0)]);
  const y = rows.map((r) => (r.isArticle ? 1 : 0));
  const s = rows.map((r) => (r.isArticle ? 1 : wO));
  const d = names.length + 1;
  const w = new Array<number>(d).fill(0);
  const bounds = [[-Infinity, Infinity] as const, ...names.map((n) => boundsOf(n, fit))];
  const loss = (v: number[]): number => {
    let total = 0;
    for (let i = 0; i < X.length; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += v[j]! * X[i]![j]!;
      // log(1 + e^-z) for an article, log(1 + e^z) otherwise, computed without overflow.
      const m = y[i] ? -z : z;
      total += s[i]! * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
    }
    for (let j = 1; j < d; j++) total += (fit.lambda / 2) * v[j]! * v[j]!;
    return total;
  };
  // Newton's method with the constraints as bounds: a weight held at a bound while the gradient pushes
  // it further out is left out of the step (an active set), the others are solved for, then clipped.
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < X.length; i++) {
      const x = X[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const gi = s[i]! * (p - y[i]!);
      const hi = s[i]! * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < d; j++) {
        if (x[j] === 0) continue;
        g[j]! += gi * x[j]!;
        for (let k = 0; k < d; k++) if (x[k] !== 0) H[j]![k]! += hi * x[j]! * x[k]!;
      }
    }
    for (let j = 1; j < d; j++) {
      g[j]! += fit.lambda * w[j]!;
      H[j]![j]! += fit.lambda;
    }
    H[0]![0]! += 1e-6;
    // Held: at the bound, and a descent step (-g) would cross it.
    const held = bounds.map(([lo, hi], j) => (w[j] === lo && g[j]! >= 0) || (w[j] === hi && g[j]! <= 0));
    for (let j = 0; j < d; j++) {
      if (!held[j]) continue;
      g[j] = 0;
      for (let k = 0; k < d; k++) {
        H[j]![k] = k === j ? 1 : 0;
        H[k]![j] = k === j ? 1 : 0;
      }
    }
    const step = solve(H, g);
    // Damped: halve the step until the penalised loss goes down (separable features would otherwise run off).
    const before = loss(w);
    let scale = 1;
    let next = w;
    for (let tries = 0; tries < 30; tries++, scale /= 2) {
      next = w.map((wj, j) => Math.min(bounds[j]![1], Math.max(bounds[j]![0], wj - scale * step[j]!)));
      if (loss(next) <= before) break;
    }
    let change = 0;
    for (let j = 0; j < d; j++) change = Math.max(change, Math.abs(next[j]! - w[j]!));
    w.splice(0, d, ...next);
    if (change < 1e-7) break;
  }
  const weights: Record<string, number> = {};
  names.forEach((n, j) => {
    weights[n] = round(w[j + 1]!);
  });
  return { bias: round(w[0]!), weights, threshold: 0 };
}

/**
 * The threshold that does best on the training pages when opening a page
 * that is not an article costs FIT.falseOpenCost times as much as leaving
 * an article shut (midway between two pages' scores). A cost, rather than a
 * precision to reach, gives a threshold on every split, even one whose
 * training half cannot reach that precision.
 */
function precisionThreshold(fit: FitParams, scored: Array<{ s: number; y: boolean }>): number {
  const sorted = [...scored].sort((a, b) => b.s - a.s);
  let gain = 0;
  let bestGain = 0;
  let best = (sorted[0]?.s ?? 0) + 1;
  for (let i = 0; i < sorted.length; i++) {
    gain += sorted[i]!.y ? 1 : -fit.falseOpenCost;
    const next = sorted[i + 1]?.s ?? sorted[i]!.s - 1;
    if (gain > bestGain && next < sorted[i]!.s) {
      bestGain = gain;
      best = (sorted[i]!.s + next) / 2;
    }
  }
  // Rounded up: the page just below stays shut.
  return Math.ceil(best * 100) / 100;
}

/** The highest threshold (midway between two articles' scores, rounded down) that keeps FIT.readingRecall of them. */
function recallThreshold(fit: FitParams, articleScores: number[]): number {
  const sorted = [...articleScores].sort((a, b) => a - b);
  const k = Math.floor(sorted.length * (1 - fit.readingRecall));
  const at = sorted[k] ?? 0;
  const below = sorted[k - 1] ?? at - 1;
  return Math.floor(((at + below) / 2) * 100) / 100;
}

/**
 * Below the articles' lowest scores, leaving out at most the share FIT.earlyLoss of them, minus a margin.
 * With FIT.earlyArticleCost, and the non-articles' scores: where stopping non-articles before the parse
 * gains most, each article it shuts costing that many of them (at most 5 % of the articles).
 */
function exitThreshold(fit: FitParams, articleScores: number[], otherScores: number[] = []): number {
  const sorted = [...articleScores].sort((a, b) => a - b);
  const k = Math.floor(sorted.length * fit.earlyLoss);
  const safe = Math.floor(((sorted[k] ?? 0) - fit.earlyMargin) * 100) / 100;
  if (!fit.earlyArticleCost || otherScores.length === 0) return safe;
  let best = safe;
  let bestGain = otherScores.filter((x) => x < safe).length - fit.earlyArticleCost * sorted.filter((x) => x < safe).length;
  for (let i = 0; i < sorted.length * 0.05; i++) {
    // Just below article i: it and the articles above it stay open.
    const t = Math.floor((sorted[i]! - 0.05) * 100) / 100;
    if (t <= safe) continue;
    const gain = otherScores.filter((x) => x < t).length - fit.earlyArticleCost * i;
    if (gain > bestGain) {
      bestGain = gain;
      best = t;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Gaussian elimination with partial pivoting: H x = g. */
function solve(H: number[][], g: number[]): number[] {
  const n = g.length;
  const A = H.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[p]![c]!)) p = r;
    [A[c], A[p]] = [A[p]!, A[c]!];
    const piv = A[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) A[r]![k]! -= f * A[c]![k]!;
    }
  }
  return A.map((row, i) => row[n]! / (A[i]![i]! || 1e-12));
}

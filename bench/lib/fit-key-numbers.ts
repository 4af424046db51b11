/**
 * Fitting the key-number model (src/core/figures/key-number-model.ts): a
 * ridge-penalised logistic regression (Newton's method: deterministic, no
 * seed) over the features of every figure of the labelled articles, a figure
 * being positive when it shows one of the label's key numbers; then the
 * threshold that gives the best key list (at most eight, as the product
 * shows it) on the same training pages. Used by bench/fit-figures.ts (all
 * labelled pages) and bench/figures.ts (fit on one part, scored on the other).
 */
import { keyNumberCandidates } from '../../src/core/figures/compute-key-figures';
import type { KeyNumberModel } from '../../src/core/figures/key-number-model';
import { rankCandidates, type FigureCandidate } from '../../src/core/figures/rank-figures';
import type { LabelledPage } from './load-figure-labels';
import { shows } from './score-figures';
import { solveLinear } from './solve-linear';

export interface FitSettings {
  lambda: number;
  beta: number;
  ascentRounds: number;
  minGain: number;
  floors: Readonly<Record<string, number>>;
}

export const FIT: FitSettings = {
  /** Ridge penalty on every weight but the bias. */
  lambda: 2,
  /** What the threshold is chosen for: F-beta of key-list precision and key recall (beta > 1 favours recall). */
  beta: 1,
  /** Rounds of coordinate ascent on the key list after the logistic fit (0: the logistic weights as they are). */
  ascentRounds: 10,
  /** The least rise of the training F-beta that keeps a move. */
  minGain: 0.001,
  /**
   * Least weights, for what the issue asks and the labels leave open: few labelled
   * headlines carry a number, so the key lists are the same with the headline's
   * weight anywhere from 0.3 to 2, and the ridge penalty alone would shrink it
   * to near nothing. A number the headline gives is a key fact more often than not.
   */
  floors: { title: 1 },
};

/** One labelled page's figures, with which of them show a key number. */
export interface KeyNumberPage {
  id: string;
  group: string;
  candidates: FigureCandidate[];
  isKey: boolean[];
  keyTotal: number;
  /** For each candidate, the indices of the key numbers it shows. */
  shown: number[][];
}

export function keyNumberPages(pages: LabelledPage[]): KeyNumberPage[] {
  return pages.map(({ label, text, title }) => {
    const candidates = keyNumberCandidates(text, { title, lang: label.lang });
    const shown = candidates.map((c) => label.keyFigures.flatMap((f, k) => (shows(c.figure.text, f) ? [k] : [])));
    return {
      id: label.id,
      group: label.corpus,
      candidates,
      isKey: shown.map((s) => s.length > 0),
      keyTotal: label.keyFigures.length,
      shown,
    };
  });
}

/** Key-list precision and key recall of a model on some pages, counted as bench:figures counts them. */
export function keyListScore(
  pages: KeyNumberPage[],
  model: KeyNumberModel,
): { listed: number; right: number; found: number; total: number; precision: number; recall: number } {
  let listed = 0;
  let right = 0;
  let found = 0;
  let total = 0;
  for (const page of pages) {
    const ranked = rankCandidates(page.candidates, model);
    const byText = new Map(page.candidates.map((c, i) => [c.figure.text, i]));
    const hit = new Set<number>();
    for (const figure of ranked) {
      if (!figure.key) continue;
      listed++;
      const i = byText.get(figure.text) ?? -1;
      if (page.isKey[i]) right++;
      for (const k of page.shown[i] ?? []) hit.add(k);
    }
    found += hit.size;
    total += page.keyTotal;
  }
  return { listed, right, found, total, precision: listed ? right / listed : 0, recall: total ? found / total : 0 };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Fits weights and bias on the pages' keyable figures, then the threshold for the best key list. */
export function fitKeyNumbers(pages: KeyNumberPage[], fit: FitSettings = FIT): KeyNumberModel {
  const names = [...new Set(pages.flatMap((p) => p.candidates.flatMap((c) => Object.keys(c.features))))].sort();
  const rows: Array<{ x: number[]; y: number }> = [];
  for (const page of pages) {
    page.candidates.forEach((c, i) => {
      if (c.keyable) rows.push({ x: [1, ...names.map((n) => c.features[n] ?? 0)], y: page.isKey[i] ? 1 : 0 });
    });
  }
  const d = names.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of rows) {
      const z = x.reduce((s, v, j) => s + v * w[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        if (!x[j]) continue;
        grad[j]! += (p - y) * x[j]!;
        for (let k = 0; k < d; k++) if (x[k]) hess[j]![k]! += s * x[j]! * x[k]!;
      }
    }
    for (let j = 1; j < d; j++) {
      grad[j]! += fit.lambda * w[j]!;
      hess[j]![j]! += fit.lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solveLinear(hess, grad);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  const weights = Object.fromEntries(names.map((n, j) => [n, round(Math.max(fit.floors[n] ?? -Infinity, w[j + 1]!))]));
  const model: KeyNumberModel = { bias: round(w[0]!), weights, threshold: 0 };
  // The threshold: the best F-beta of the key list over the training pages.
  let best = { f: -1, threshold: 0 };
  for (let t = -4; t <= 4; t = round(t + 0.05)) {
    const f = objective(pages, { ...model, threshold: t }, fit);
    if (f > best.f) best = { f, threshold: t };
  }
  return fit.ascentRounds ? ascend(pages, { ...model, threshold: best.threshold }, fit) : { ...model, threshold: best.threshold };
}

/** F-beta of the key list, as bench:figures counts it. */
function objective(pages: KeyNumberPage[], model: KeyNumberModel, fit: FitSettings): number {
  const s = keyListScore(pages, model);
  const b2 = fit.beta * fit.beta;
  return s.precision + s.recall ? ((1 + b2) * s.precision * s.recall) / (b2 * s.precision + s.recall) : 0;
}

/**
 * The logistic fit scores each figure alone; the product lists the best few of
 * a page. Coordinate ascent from the logistic weights on the key list itself
 * (each weight and the threshold moved in turn by a few steps, a move kept
 * only when the training pages' F-beta rises by more than fit.minGain).
 */
function ascend(pages: KeyNumberPage[], start: KeyNumberModel, fit: FitSettings): KeyNumberModel {
  let model = { ...start, weights: { ...start.weights } };
  let score = objective(pages, model, fit);
  for (let round_ = 0; round_ < fit.ascentRounds; round_++) {
    let moved = false;
    for (const name of ['threshold', ...Object.keys(model.weights).sort()]) {
      for (const step of [0.4, -0.4, 0.15, -0.15, 0.05, -0.05]) {
        const next =
          name === 'threshold'
            ? { ...model, threshold: round(model.threshold + step) }
            : {
                ...model,
                weights: { ...model.weights, [name]: round(Math.max(fit.floors[name] ?? -Infinity, (model.weights[name] ?? 0) + step)) },
              };
        const s = objective(pages, next, fit);
        if (s > score + fit.minGain) {
          model = next;
          score = s;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return model;
}

/** How many folds bench:figures and fit:figures cross-validate the fit with. */
export const CV_FOLDS = 10;

/** Pooled counts of several key-list scores. */
function pool(scores: Array<ReturnType<typeof keyListScore>>): ReturnType<typeof keyListScore> {
  const s = { listed: 0, right: 0, found: 0, total: 0 };
  for (const x of scores) {
    s.listed += x.listed;
    s.right += x.right;
    s.found += x.found;
    s.total += x.total;
  }
  return { ...s, precision: s.listed ? s.right / s.listed : 0, recall: s.total ? s.found / s.total : 0 };
}

/**
 * K-fold cross-validation over all pages: page i (in id order) is held out in
 * fold i mod k, the model fitted on the other folds; the held-out key lists
 * pooled. Deterministic. k = pages.length is leave-one-page-out.
 */
export function crossValidate(pages: KeyNumberPage[], k: number, fit: FitSettings = FIT): ReturnType<typeof keyListScore> {
  const ordered = [...pages].sort((a, b) => a.id.localeCompare(b.id));
  const scores = [];
  for (let fold = 0; fold < k; fold++) {
    const test = ordered.filter((_, i) => i % k === fold);
    if (!test.length) continue;
    const model = fitKeyNumbers(
      ordered.filter((_, i) => i % k !== fold),
      fit,
    );
    scores.push(keyListScore(test, model));
  }
  return pool(scores);
}

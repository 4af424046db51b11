/**
 * The scrapinghub article-extraction-benchmark metric (its evaluate.py),
 * ported so our numbers compare with the published peers':
 * a token is a run of Unicode letters, digits or underscores (Python's \w+,
 * case kept); a text is the multiset of its 4-token shingles (a text shorter
 * than four tokens is one shingle of all of them); per page tp/fp/fn are
 * counted over the multisets and scaled to sum to 1.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  if (!tokens.length) return out;
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** The token sequences are equal. */
  exact: boolean;
  /** The extractor gave any text. */
  empty: boolean;
}

/** Scaled tp/fp/fn of one page, plus the shingles only in the output (kept wrongly) and only in the reference (dropped). */
export function scorePage(reference: string, prediction: string): PageScore & { extra: Map<string, number>; missing: Map<string, number> } {
  const t = shingles(reference);
  const p = shingles(prediction);
  let tp = 0,
    fp = 0,
    fn = 0;
  const extra = new Map<string, number>();
  const missing = new Map<string, number>();
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    if (pc > tc) {
      fp += pc - tc;
      extra.set(key, pc - tc);
    }
    if (tc > pc) {
      fn += tc - pc;
      missing.set(key, tc - pc);
    }
  }
  const s = tp + fp + fn;
  if (s > 0) {
    tp /= s;
    fp /= s;
    fn /= s;
  }
  const a = tokenize(reference),
    b = tokenize(prediction);
  const exact = a.length === b.length && a.every((x, i) => x === b[i]);
  return { tp, fp, fn, exact, empty: b.length === 0, extra, missing };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  n: number;
  empty: number;
}

/**
 * Averages as the benchmark takes them: precision over pages with output,
 * recall over all pages (an empty output scores 0 there), F1 from the two
 * averages, accuracy = share of exact pages.
 */
export function summarize(pages: readonly Pick<PageScore, 'tp' | 'fp' | 'fn' | 'exact' | 'empty'>[]): Summary {
  const withOutput = pages.filter((p) => !p.empty);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  const precision = mean(withOutput.map((p) => ratio(p.tp, p.tp + p.fp)));
  const recall = mean(pages.map((p) => ratio(p.tp, p.tp + p.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    f1,
    precision,
    recall,
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
    n: pages.length,
    empty: pages.length - withOutput.length,
  };
}

/** F1 of one page. */
export function pageF1(p: Pick<PageScore, 'tp' | 'fp' | 'fn'>): number {
  const d = 2 * p.tp + p.fp + p.fn;
  return d > 0 ? (2 * p.tp) / d : 0;
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

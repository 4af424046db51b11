import { describe, expect, it } from 'vitest';
import { FIT, fitModels, fold, replay, type FeatureRow } from '../../bench/lib/fit-auto-model';

/**
 * Synthetic rows for the fitter: articles have running prose and often an
 * article type; the others have prices or a root address. Overlapping on
 * purpose (some articles thin, some others wordy), spread over many sites.
 */
function rows(): FeatureRow[] {
  const out: FeatureRow[] = [];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 400; i++) {
    const isArticle = i % 4 !== 0;
    const prose = isArticle ? 0.3 + 0.7 * rand() : 0.6 * rand();
    const early: Record<string, number> = { 'prose.paragraphs': prose };
    if (isArticle && rand() < 0.6) early['ld.article'] = 1;
    if (!isArticle && rand() < 0.5) early['meta.price'] = 1;
    if (!isArticle && rand() < 0.4) early['url.root'] = 1;
    const page = { ...early, 'shape.proseRun': prose * (0.8 + 0.4 * rand()) };
    const full = { ...page, 'ex.proseShare': isArticle ? 0.5 + 0.5 * rand() : 0.8 * rand() };
    out.push({
      id: `r${i}`,
      site: `site${i % 90}.test`,
      kind: isArticle ? 'article' : 'product',
      isArticle,
      borderline: false,
      early,
      page,
      full,
    });
  }
  return out;
}

describe('fitModels', () => {
  const data = rows();
  const m = fitModels(data);
  it("gives every stage finite weights and thresholds, and the popup's check lower ones", () => {
    for (const s of [m.early, m.page, m.full])
      for (const w of [s.bias, s.threshold, ...Object.values(s.weights)]) expect(Number.isFinite(w)).toBe(true);
    expect(m.reading.early).toBeLessThanOrEqual(m.early.threshold);
    expect(m.reading.page).toBeLessThanOrEqual(m.page.threshold);
    expect(m.reading.full).toBeLessThanOrEqual(m.full.threshold);
  });
  it("keeps the signs the features' meanings give", () => {
    expect(m.full.weights['prose.paragraphs']).toBeGreaterThanOrEqual(0);
    expect(m.full.weights['meta.price']).toBeLessThanOrEqual(0);
    expect(m.early.weights['url.root']).toBeGreaterThanOrEqual(-1);
  });
  it("opens in the popup's check whatever the automatic reader opens, and more articles", () => {
    let auto = 0;
    let reading = 0;
    for (const r of data) {
      const a = replay(m, r).isArticle;
      const b = replay(m, r, 'reading').isArticle;
      if (a) expect(b).toBe(true);
      if (r.isArticle) {
        auto += Number(a);
        reading += Number(b);
      }
    }
    expect(reading).toBeGreaterThan(auto);
    // The popup's check keeps about FIT.readingRecall of the articles; the automatic reader, for precision, fewer.
    expect(reading / data.filter((r) => r.isArticle).length).toBeGreaterThan(0.9);
  });
  it('is deterministic', () => {
    expect(fitModels(rows())).toEqual(m);
  });
  it('with a cost for each article the early stages shut, stops more non-articles before the parse, never above their 5 % of the articles', () => {
    const costed = fitModels(data, { ...FIT, earlyArticleCost: 5 });
    const stopped = (mm: typeof m) => data.filter((r) => !r.isArticle && replay(mm, r).stage !== 'extraction').length;
    const shutEarly = (mm: typeof m) => data.filter((r) => r.isArticle && replay(mm, r).stage !== 'extraction').length;
    expect(costed.early.threshold).toBeGreaterThanOrEqual(m.early.threshold);
    expect(costed.page.threshold).toBeGreaterThanOrEqual(m.page.threshold);
    expect(stopped(costed)).toBeGreaterThan(stopped(m));
    expect(shutEarly(costed)).toBeLessThanOrEqual(0.1 * data.filter((r) => r.isArticle).length);
    // The popup's check keeps its own thresholds, never above the automatic reader's.
    expect(costed.reading.early).toBeLessThanOrEqual(costed.early.threshold);
  });
});

describe('fold', () => {
  it('puts a site in one part, the same for the same seed, and spreads sites over the parts', () => {
    const sites = Array.from({ length: 300 }, (_, i) => `site${i}.test`);
    for (const folds of [2, 3]) {
      const parts = sites.map((s) => fold(s, 1, folds));
      expect(parts.every((p) => p >= 0 && p < folds)).toBe(true);
      for (let k = 0; k < folds; k++) expect(parts.filter((p) => p === k).length).toBeGreaterThan(300 / folds / 2);
      expect(sites.map((s) => fold(s, 1, folds))).toEqual(parts);
    }
    expect(sites.map((s) => fold(s, 1))).not.toEqual(sites.map((s) => fold(s, 2)));
  });
});

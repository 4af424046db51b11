import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageF1, scorePage, shingles, summarize, tokenize } from '../../bench/lib/shingle-metric';
import { SHARED } from '../shared-path';

describe('tokenize', () => {
  it('takes runs of letters, digits and underscores, case kept', () => {
    // prettier-ignore
    expect(tokenize("Hello, world! It's 3.5 snake_case — Öl")).toEqual(['Hello', 'world', 'It', 's', '3', '5', 'snake_case', 'Öl']);
  });
  it('gives nothing for punctuation only', () => {
    expect(tokenize(' — … ! ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts 4-token windows as a multiset', () => {
    // 8 tokens → 5 windows; "x y z w" occurs twice.
    expect(Object.fromEntries(shingles('x y z w x y z w'))).toEqual({ 'x y z w': 2, 'y z w x': 1, 'z w x y': 1, 'w x y z': 1 });
  });
  it('makes one shingle of a text shorter than four tokens', () => {
    expect(Object.fromEntries(shingles('a b c'))).toEqual({ 'a b c': 1 });
  });
});

describe('scorePage (hand-computed)', () => {
  it('one extra token after the reference: 2 tp, 1 fp, 0 fn, scaled to thirds', () => {
    const s = scorePage('a b c d e', 'a b c d e f');
    expect([s.tp, s.fp, s.fn]).toEqual([2 / 3, 1 / 3, 0]);
    expect(s.exact).toBe(false);
    expect(pageF1(s)).toBeCloseTo(0.8, 10); // 2·(2/3) / (2·(2/3) + 1/3)
  });
  it('counts repeated shingles: one copy of four in the reference found', () => {
    const s = scorePage('x y z w x y z w', 'x y z w');
    expect([s.tp, s.fp, s.fn]).toEqual([0.2, 0, 0.8]);
  });
  it('is case-sensitive, like the benchmark', () => {
    const s = scorePage('A b c d', 'a b c d');
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0.5, 0.5]);
  });
  it('ignores punctuation and spacing for exactness', () => {
    const s = scorePage('One two, three.\n\nFour five', 'One two three Four  five!');
    expect(s.exact).toBe(true);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
  });
  it('gluing two blocks without a separator merges words and loses every shingle across the seam', () => {
    // Reference: 8 tokens, 5 shingles, all touching "end" or "Next"; output: 7 tokens, 4 shingles, all with "endNext".
    const s = scorePage('a b c end\n\nNext d e f', 'a b c endNext d e f');
    expect([s.tp, s.fp, s.fn]).toEqual([0, 4 / 9, 5 / 9]);
  });
});

describe('summarize', () => {
  it('averages precision over pages with output and recall over all pages', () => {
    const s = summarize([
      { tp: 0.5, fp: 0.5, fn: 0, exact: false, empty: false },
      { tp: 0, fp: 0, fn: 1, exact: false, empty: true },
    ]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
    expect(s.empty).toBe(1);
  });

  it('reproduces the published summary of readability.js 0.6.0 from its per-page counts', () => {
    const file = JSON.parse(readFileSync(`${SHARED}/corpus/scrapinghub/peer-scores.json`, 'utf8')) as {
      peers: Record<string, { f1: number; precision: number; recall: number; accuracy: number; pages: number[][] }>;
    };
    for (const name of ['readability_js', 'trafilatura', 'AutoExtract', 'Diffbot']) {
      const peer = file.peers[name]!;
      const s = summarize(
        peer.pages.map(([tp = 0, fp = 0, fn = 0, exact = 0, predTokens = 0]) => ({
          tp,
          fp,
          fn,
          exact: exact === 1,
          empty: predTokens === 0,
        })),
      );
      expect(s.f1).toBeCloseTo(peer.f1, 4);
      expect(s.precision).toBeCloseTo(peer.precision, 4);
      expect(s.recall).toBeCloseTo(peer.recall, 4);
      expect(s.accuracy).toBeCloseTo(peer.accuracy, 4);
    }
  });
});

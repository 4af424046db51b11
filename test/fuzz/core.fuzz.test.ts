import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyPage, garbagePage, mutatedRealPage, randomPage, realPages } from './arbitraries';
import { runCase } from './check-case';

// Per case, generous for a loaded CI machine; bench:fuzz reports real times.
const CASE_BOUND_MS = 10_000;
const pages = realPages(3);

function property(arbitrary: fc.Arbitrary<{ kind: string; html: string }>) {
  return fc.property(arbitrary, (page) => {
    const outcome = runCase(page.html);
    expect(outcome.problems, `${page.kind}, ${page.html.length} chars`).toEqual([]);
    expect(outcome.extractMs + outcome.figuresMs, page.kind).toBeLessThan(CASE_BOUND_MS);
  });
}

describe('the core never throws and never hangs', () => {
  it('on random HTML-ish trees', () => {
    fc.assert(property(randomPage), { numRuns: 30, seed: 20240501, endOnFailure: true });
  });

  it('on real pages with nodes deleted, duplicated or shuffled, cut short, or decoded wrongly', () => {
    fc.assert(property(mutatedRealPage(pages)), { numRuns: 20, seed: 20240502, endOnFailure: true });
  });

  it('on binary garbage', () => {
    fc.assert(property(garbagePage), { numRuns: 10, seed: 20240503, endOnFailure: true });
  });

  it('on a fresh mix each run', () => {
    // Unseeded: a different sample every run; fast-check prints the seed and path of any failure to replay it.
    fc.assert(property(anyPage(pages)), { numRuns: 20, endOnFailure: true });
  });
});

import { describe, expect, it } from 'vitest';
import { runCase } from './check-case';
import { PATHOLOGICAL_PAGES } from './pathological-pages';

// The same shapes as bench:pathological, at 2% of full size, so the suite stays fast; deep-nesting.test.ts runs 5,000 levels.
const SCALE = 0.02;
const BOUND_MS = 20_000;

describe('huge and malformed pages give an article or a typed failure, in bounded time', () => {
  it.each(PATHOLOGICAL_PAGES.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const outcome = runCase(page.html(SCALE));
    expect(outcome.problems).toEqual([]);
    expect(outcome.extractMs + outcome.figuresMs).toBeLessThan(BOUND_MS);
  });
});

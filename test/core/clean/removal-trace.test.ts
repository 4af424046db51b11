/** The cleaning passes' debug trace: which pass removed which block and why, and what the story guard kept. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article';
import { stopTracing, tracePass, traceRemovals, WHY, type Removal } from '../../../src/core/clean/removal-trace';
import { protectBlocks, removeAndPrune } from '../../../src/core/clean/remove-and-prune';
import { markHint } from '../../../src/core/clean/mark-boilerplate-hints';
import { parseDocument } from '../../../src/node/parse-document';

function content(html: string): Element {
  const { document } = parseDocument(`<!doctype html><body><div id="c">${html}</div></body>`, 'https://news.example/2024/story/');
  for (const el of Array.from(document.body.querySelectorAll('*'))) markHint(el);
  return document.getElementById('c')!;
}
const PROSE = (n: number) =>
  `<p>Paragraph ${n} of the story itself, with enough words in it that no rule could ever take it for a piece of furniture around the article, whatever it says about the council.</p>`;
const TITLE = 'Council approves the night bus trial';

describe('the removal trace', () => {
  const html = `<h2>${TITLE}</h2>${PROSE(1)}${PROSE(2)}${PROSE(3)}<p>Leave a Reply</p>`;

  it('names the pass, its reason, the block and its words, for each removal, in order', () => {
    const removals: Removal[] = [];
    const root = content(html);
    const report = cleanArticle(root, TITLE, null, undefined, (r) => removals.push(r));
    expect(removals.map((r) => [r.pass, r.outcome, r.tag, r.text])).toEqual([
      ['headlines', 'removed', 'h2', TITLE],
      ['boilerplate', 'removed', 'p', 'Leave a Reply'],
    ]);
    expect(removals[0]).toMatchObject({ words: 6, why: WHY.headlines });
    // The trace agrees with the counts of the report.
    expect(report.headlines).toBe(1);
    expect(report.boilerplate).toBe(1);
  });

  it('changes nothing in what is removed, and records nothing once the call is over', () => {
    const traced = content(html);
    const plain = content(html);
    const removals: Removal[] = [];
    cleanArticle(traced, TITLE, null, undefined, (r) => removals.push(r));
    cleanArticle(plain, TITLE, null);
    expect(traced.innerHTML).toBe(plain.innerHTML);
    const n = removals.length;
    cleanArticle(traced, TITLE, null);
    expect(removals).toHaveLength(n);
  });

  it('reports what the story guard kept from a pass, and a removal forced past it', () => {
    const root = content(`${PROSE(1)}<p>Share this story with your friends on every network you use today.</p>${PROSE(2)}`);
    const [prose, share, other] = Array.from(root.children);
    const removals: Removal[] = [];
    traceRemovals(root, (r) => removals.push(r));
    tracePass(root, 'boilerplate');
    protectBlocks(root, [prose!], 5);
    expect(removeAndPrune(prose!, root)).toBe(false);
    expect(removeAndPrune(share!, root)).toBe(false);
    tracePass(root, 'duplicates');
    expect(removeAndPrune(other!, root, true)).toBe(true);
    stopTracing(root);
    expect(removeAndPrune(share!, root, true)).toBe(true);
    expect(removals.map((r) => [r.pass, r.outcome, r.forced])).toEqual([
      ['boilerplate', 'kept: story prose', false],
      ['boilerplate', 'kept: over the word budget', false],
      ['duplicates', 'removed', true],
    ]);
  });

  it('has a reason for every pass', () => {
    for (const why of Object.values(WHY)) expect(why.length).toBeGreaterThan(20);
  });
});

/**
 * Where the in-page reader may parse an article in pieces (html-cuts.ts),
 * and the rebuild in steps with those pieces: the same article as parsing
 * the whole, and never more than one piece parsed ahead of what is built.
 */
import { describe, expect, it, vi } from 'vitest';
import { htmlCuts, parseHtmlCuts, piecesOf, type HtmlCuts } from '../../../src/core/sanitize/html-cuts';
import { createRebuildSanitizer } from '../../../src/core/sanitize/rebuild-sanitizer';
import { parseDocument } from '../../../src/node/parse-document';

const BASE = 'https://news.example/2024/story/';
const { window } = parseDocument('<!doctype html><html><body></body></html>', BASE);
const doc = window.document as unknown as Document;
const rebuild = createRebuildSanitizer(doc, BASE);
const realm = window as unknown as typeof globalThis;
const parseBody = (html: string) => new realm.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body as Element;

// Paragraphs with what serialization escapes (&, <, >, no-break spaces), links, and bare text between blocks.
const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: costs &amp; benefits, 3 &lt; 4&nbsp;km, <a href="https://news.example/x${i}">a link</a>.</p>${i % 7 ? '' : 'bare &gt; text'}`,
  ).join('\n');

/** Built in steps of `maxNodes`, all the way: the HTML made, and how many steps it took. */
function buildInSteps(html: string, cuts: HtmlCuts | undefined, maxNodes: number) {
  const target = doc.createElement('div');
  const work = rebuild.inSteps(html, target, undefined, cuts);
  let steps = 1;
  while (!work.step(Infinity, () => 0, maxNodes)) if (++steps > 10_000) throw new Error('never done');
  return { html: target.innerHTML, steps };
}

describe('htmlCuts', () => {
  it("cuts between the container's children, as deep as single wrappers go, in pieces of at least the minimum", () => {
    const html = `<div><div class="page">${paragraphs(200)}</div></div>`;
    const cuts = htmlCuts(html, parseBody(html), 1000)!;
    expect(cuts.depth).toBe(2);
    const pieces = piecesOf(html, cuts);
    expect(pieces.join('')).toBe(html);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(1, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(1000);
      // Each piece starts where a child does: a tag or text, never inside one.
      expect(piece.startsWith('<p>') || piece.startsWith('\n') || piece.startsWith('bare')).toBe(true);
    }
  });

  it('gives none for a short article, one unbreakable block, or HTML that does not serialize back to itself', () => {
    const short = `<div>${paragraphs(3)}</div>`;
    expect(htmlCuts(short, parseBody(short), 1000)).toBeUndefined();
    const oneBlock = `<div><p>${'word '.repeat(2000)}</p></div>`;
    expect(htmlCuts(oneBlock, parseBody(oneBlock), 1000)).toBeUndefined();
    // Not what a parser writes back (unquoted attribute, upper-case tag): an offset would not fall between nodes.
    const loose = `<DIV class=x>${paragraphs(200)}</DIV>`;
    expect(htmlCuts(loose, parseBody(loose), 1000)).toBeUndefined();
  });
});

describe('parseHtmlCuts: cuts that crossed a context boundary', () => {
  it('keeps well-formed cuts inside the HTML and refuses anything else', () => {
    expect(parseHtmlCuts({ depth: 1, at: [10, 20] }, 30)).toEqual({ depth: 1, at: [10, 20] });
    for (const bad of [
      null,
      'x',
      { depth: 1 },
      { depth: -1, at: [10] },
      { depth: 99, at: [10] },
      { depth: 1.5, at: [10] },
      { depth: 1, at: [20, 10] },
      { depth: 1, at: [10, 10] },
      { depth: 1, at: [0] },
      { depth: 1, at: [30] },
      { depth: 1, at: ['10'] },
      { depth: 1, at: [Number.NaN] },
      { depth: 1, at: Array.from({ length: 5000 }, (_, i) => i + 1) },
    ])
      expect(parseHtmlCuts(bad, 30)).toBeUndefined();
  });
});

describe('the rebuild in steps, one piece at a time', () => {
  const html = `<div><div class="page">${paragraphs(300)}</div></div>`;
  const cuts = htmlCuts(html, parseBody(html), 2000)!;
  const whole = rebuild.toHtml(html);

  it('builds exactly what the whole builds, at any step size', () => {
    for (const maxNodes of [1, 7, 100, Infinity]) expect(buildInSteps(html, cuts, maxNodes).html).toBe(whole);
    // Without the wrappers (depth 0) too.
    const flat = paragraphs(300);
    expect(buildInSteps(flat, htmlCuts(flat, parseBody(flat), 2000), 50).html).toBe(rebuild.toHtml(flat));
  });

  it('parses a piece only once what came before it is built', () => {
    const spy = vi.spyOn(realm.DOMParser.prototype, 'parseFromString');
    try {
      const target = doc.createElement('div');
      const work = rebuild.inSteps(html, target, undefined, cuts);
      work.step(Infinity, () => 0, 50);
      expect(spy).toHaveBeenCalledTimes(1);
      // The first piece only: parsed, it holds a few of the 300 paragraphs.
      expect((spy.mock.calls[0]![0] as string).length).toBeLessThan(html.length / 5);
      while (!work.step(Infinity, () => 0, 50));
      expect(spy.mock.calls.length).toBe(piecesOf(html, cuts).length);
      expect(target.innerHTML).toBe(whole);
    } finally {
      spy.mockRestore();
    }
  });

  it('parses the whole when the cuts do not fit the HTML, and builds the same article', () => {
    // A depth with no such wrapper; a first piece cut inside the wrapper's own tag: shown as if there were no cuts.
    for (const wrong of [
      { depth: 5, at: cuts.at },
      { depth: 2, at: [7, 301, 4000] },
    ])
      expect(buildInSteps(html, wrong, 100).html).toBe(whole);
  });

  it('counts long text as more than one node, so a step of long paragraphs makes fewer of them', () => {
    const long = Array.from({ length: 40 }, (_, i) => `<p>${`word${i} `.repeat(200)}</p>`).join('');
    const short = Array.from({ length: 40 }, (_, i) => `<p>w${i}</p>`).join('');
    const stepsOf = (h: string) => buildInSteps(h, undefined, 100).steps;
    expect(stepsOf(short)).toBe(1);
    expect(stepsOf(long)).toBeGreaterThan(5);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/pipeline/read-page';
import type { BlockShape } from '../../../src/core/rules/block-shape';
import { parseDocument } from '../../../src/node/parse-document';

const PARAS = (n: number, word: string, from = 0) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>${word} paragraph ${from + i} tells the story at some length, with enough words in it to read as prose for the reader.</p>`,
  ).join('');

/** Two pages of one site sharing a layout, with other words in each. */
function page(story: string, related: string): string {
  return `<!doctype html><html lang="en"><head><title>${story}</title></head><body><main class="site-main"><article class="story">
    <h1>${story}</h1>${PARAS(6, story)}
    <div class="aside-box"><p>${related} run fast this season, and the old ferry keeps to its timetable on the quay.</p></div>
    ${PARAS(3, story, 6)}</article></main></body></html>`;
}

function read(html: string, url: string, rules?: readonly BlockShape[]) {
  const { window } = parseDocument(html, url);
  const result = extractDocument(window.document, url, window as never, rules);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

describe('site rules in the pipeline', () => {
  it('names each block with the shape it had in the page, its text never in the shape', () => {
    const article = read(page('Harbour', 'Tides'), 'https://news.example/one', []);
    const related = article.blocks?.find((b) => b.key.startsWith('p:tides run'));
    // Readability unwrapped the box around the paragraph; the shape still says where it stood.
    expect(related?.shape.parts.slice(0, 3)).toEqual([
      { tag: 'p', classes: [], id: null },
      { tag: 'div', classes: ['aside-box'], id: null },
      { tag: 'article', classes: ['story'], id: null },
    ]);
    expect(JSON.stringify(article.blocks?.map((b) => b.shape))).not.toMatch(/Tides|Harbour/);
    // The stamps never reach the reader's HTML.
    expect(article.html).not.toContain('data-ac-');
    expect(article.rules).toEqual({ removed: 0, refused: 0 });
  });

  it('removes a block of that shape on a second page of the site, whatever its words', () => {
    const first = read(page('Harbour', 'Tides'), 'https://news.example/one', []);
    const shape = first.blocks!.find((b) => b.key.startsWith('p:tides'))!.shape;
    const second = read(page('Bridges', 'Rivers'), 'https://news.example/two', [shape]);
    expect(second.text).not.toContain('Rivers run fast');
    expect(second.text).toContain('Bridges paragraph 8');
    expect(second.rules).toEqual({ removed: 1, refused: 0 });
  });

  it('is not applied where it would take most of the story', () => {
    const first = read(page('Harbour', 'Tides'), 'https://news.example/one', []);
    const para = first.blocks!.find((b) => b.key.startsWith('p:harbour paragraph 0'))!.shape;
    // "A paragraph of the story box" matches every paragraph: the guard keeps the story.
    const second = read(page('Bridges', 'Rivers'), 'https://news.example/two', [para]);
    expect(second.text).toContain('Bridges paragraph 0');
    expect(second.text).toContain('Bridges paragraph 8');
    expect(second.rules).toEqual({ removed: 0, refused: 1 });
  });

  it('leaves the command-line path as it was: no shapes, no rules', () => {
    const article = read(page('Harbour', 'Tides'), 'https://news.example/one');
    expect(article.blocks).toBeUndefined();
    expect(article.rules).toBeUndefined();
  });

  it('ignores stamps the page wrote itself', () => {
    const html = page('Harbour', 'Tides').replace('<div class="aside-box">', '<div class="aside-box" data-ac-rule="0" data-ac-shape="0">');
    const article = read(html, 'https://news.example/one', [{ parts: [{ tag: 'section', classes: ['nothing'], id: null }] }]);
    expect(article.text).toContain('Tides run fast');
  });
});

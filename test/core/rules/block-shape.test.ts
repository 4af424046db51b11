import { describe, expect, it } from 'vitest';
import { isDistinctive, isStableName, matchesShape, parseShape, shapeKey, shapeOf } from '../../../src/core/rules/block-shape';
import { parseDocument } from '../../../src/node/parse-document';

function body(html: string): Document {
  return parseDocument(`<!doctype html><html><body>${html}</body></html>`, 'https://news.example/a').window.document;
}

describe('stable names', () => {
  it('keeps words a site keeps, drops build hashes and numbered ids', () => {
    for (const name of ['related', 'newsletter-box', 'story_body', 'relatedStories', 'h2']) expect(isStableName(name)).toBe(true);
    for (const name of ['css-1x9fq2', 'sc-bdVaJa', 'jsx-3829384', 'post-48211', 'card-a1b2c', 'x', '9lives'])
      expect(isStableName(name)).toBe(false);
  });
});

describe('a block shape', () => {
  const doc = body(
    '<main class="content"><div class="story"><aside class="related box css-8kq2p1" id="rel-123"><h3>Read more</h3><ul><li>x</li></ul></aside><p>Text.</p></div></main>',
  );
  const aside = doc.querySelector('aside')!;

  it('is the tag, stable classes and id of the block and its ancestors, never its text', () => {
    const shape = shapeOf(aside);
    expect(shape.parts).toEqual([
      { tag: 'aside', classes: ['box', 'related'], id: null },
      { tag: 'div', classes: ['story'], id: null },
      { tag: 'main', classes: ['content'], id: null },
    ]);
    expect(JSON.stringify(shape)).not.toContain('Read more');
    expect(shapeKey(shape)).toBe('aside.box.related < div.story < main.content');
  });

  it('matches the same box on another page of the site, with other words and extra classes', () => {
    const other = body(
      '<main class="content dark"><div class="story"><aside class="related box is-open css-77aa1"><h3>Also</h3></aside><p>Other.</p></div></main>',
    );
    expect(matchesShape(other.querySelector('aside')!, shapeOf(aside))).toBe(true);
  });

  it('does not match a box without one of its classes, or elsewhere in the page', () => {
    const other = body(
      '<main class="content"><div class="story"><aside class="box"></aside></div><div class="rail"><aside class="related box"></aside></div></main>',
    );
    for (const el of Array.from(other.querySelectorAll('aside'))) expect(matchesShape(el, shapeOf(aside))).toBe(false);
    expect(matchesShape(doc.querySelector('p')!, shapeOf(aside))).toBe(false);
  });

  it('tells a shape of its own from a bare paragraph in bare boxes', () => {
    expect(isDistinctive(shapeOf(aside))).toBe(true);
    expect(isDistinctive(shapeOf(body('<div><div><p>Text</p></div></div>').querySelector('p')!))).toBe(false);
  });

  it('is read back from storage only when well formed', () => {
    const shape = shapeOf(aside);
    expect(parseShape(JSON.parse(JSON.stringify(shape)))).toEqual(shape);
    expect(parseShape(null)).toBeNull();
    expect(parseShape({ parts: [] })).toBeNull();
    expect(parseShape({ parts: [{ tag: 'DIV"><script>', classes: [], id: null }] })).toBeNull();
    expect(parseShape({ parts: [{ tag: 'div', classes: ['a b'], id: null }] })).toBeNull();
    expect(parseShape({ parts: [{ tag: 'div', classes: [], id: 5 }] })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { fixLazyImage } from '../../../src/core/extract/fix-lazy-images';
import { parseDocument } from '../../../src/node/parse-document';

function img(html: string): Element {
  const { document } = parseDocument(`<body>${html}</body>`, 'https://news.example/story/');
  const el = document.querySelector('img')!;
  fixLazyImage(el);
  return el;
}

describe('fixLazyImage', () => {
  it('promotes the real picture of a lazy image the reader will show', () => {
    expect(
      img('<img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/a.jpg" width="600" height="400">').getAttribute('src'),
    ).toBe('https://cdn.example/a.jpg');
    expect(img('<img data-srcset="https://cdn.example/a.jpg 1x, https://cdn.example/b.jpg 2x">').getAttribute('srcset')).toBe(
      'https://cdn.example/a.jpg 1x, https://cdn.example/b.jpg 2x',
    );
  });

  it.each([
    '<img data-src="https://t.example/px.gif" width="1" height="1">',
    '<img data-src="https://t.example/px.gif" style="width:1px;height:1px">',
    '<img data-src="https://t.example/px.gif" width="0" height="0">',
    '<img data-src="https://t.example/h.jpg" hidden>',
    '<img data-src="https://t.example/h.jpg" style="display:none">',
  ])('leaves a picture nobody sees unpromoted: %s', (html) => {
    const el = img(html);
    expect(el.hasAttribute('src')).toBe(false);
    expect(el.hasAttribute('srcset')).toBe(false);
  });
});

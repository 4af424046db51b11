import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { cloneDocument } from '../../../src/core/extract/clone-document';
import { extractArticle } from '../../../src/core/pipeline/extract-article';
import { createSanitizer } from '../../../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../../../src/node/parse-document';
import { prose } from '../../fuzz/pathological-pages';

const URL = 'https://news.example/2008/01/16/story/';
const story = Array.from({ length: 6 }, (_, i) => `<p>${prose(40, i)}</p>`).join('\n');

/**
 * Markup an HTML parser accepts but the DOM's own methods refuse: a doctype
 * whose name is a URL with a stray quote (a real page of 2008 begins
 * `<!DOCTYPEw.example.com/rss/world.xml" >`), attribute names with quotes,
 * angle brackets or equals signs from broken quoting, element names with a
 * colon. jsdom validates names when it clones a doctype or sets an attribute;
 * browsers do not. None of it may stop the reader.
 */
const ODD: Array<[string, string]> = [
  [
    'a doctype whose name is a broken URL',
    `<!DOCTYPEw.example.com/rss/world.xml" ><html><head><title>Story</title></head><body><article>${story}</article></body></html>`,
  ],
  [
    'attribute names from broken quoting',
    `<!doctype html><title>Story</title><body><div class="main" "id="x" a<b="1" ="" 'q'="2"><article ?x="y" data-a"b="c">${story.replace('<p>', '<p style"color:red"="1" class=lead\'x>')}</article></div></body>`,
  ],
  [
    'odd element names',
    `<!doctype html><title>Story</title><body><article><o:p></o:p><st1:place w:st="on">Kosovo</st1:place>${story}<fb:like href="x"></fb:like></article></body>`,
  ],
  [
    'all of it on a page too deep for the native copy',
    `<!DOCTYPEw.example.com/rss/world.xml" ><title>Story</title><body>${'<div "a=1 b"c="d">'.repeat(300)}<article>${story}</article>${'</div>'.repeat(300)}</body>`,
  ],
  [
    'odd names inside a font tag Readability renames',
    `<!doctype html><title>Story</title><body><div><font face="x" "size="2" a'b="c">${story}</font></div><div "x=1>${story}</div></body>`,
  ],
];

describe('markup the parser accepted never stops the pipeline', () => {
  for (const [name, html] of ODD) {
    it(`${name}: the copy succeeds and the article comes back`, () => {
      const { document, window } = parseDocument(html, URL);
      const copy = cloneDocument(document);
      expect(copy.body?.textContent).toContain(prose(40, 5));
      const result = extractArticle(document, {
        url: URL,
        sanitize: { mode: 'in-place', inPlace: createSanitizer(window as never, URL).inPlace },
      });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.article.text).toContain(prose(40, 5));
      // Plain Readability on the same copy finds it too: we never fail where it succeeds.
      expect(new Readability(cloneDocument(document)).parse()?.textContent).toContain(prose(40, 5));
    });
  }

  it("keeps the page's mode when the doctype is left out", () => {
    const { document } = parseDocument(ODD[0]![1], URL);
    expect(cloneDocument(document).compatMode).toBe(document.compatMode);
  });
});

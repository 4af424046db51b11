import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/pipeline/extract-article';
import { parseDocument } from '../../../src/node/parse-document';
import { SHARED } from '../../shared-path';

// Readability rewrites what it is given; the reader must only ever hand it a clone.
const LAZY = `<!doctype html><html lang="en"><head><title>Lazy pictures and a comment form</title></head><body>
<header class="site-header"><nav><a href="/">Home</a></nav></header>
<article class="post"><h1>Lazy pictures and a comment form</h1>
${[1, 2, 3, 4, 5, 6].map((n) => `<p>Paragraph ${n} is long enough for Readability to score it as the body of a story, with commas, clauses, and more words.</p>`).join('\n')}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg" loading="lazy" class="lazy"><figcaption>A picture</figcaption></figure>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Twitter</a></div>
<div id="comments" class="comments-area"><h3 id="reply-title">Leave a Reply</h3><form><textarea></textarea></form></div>
</article><footer>Footer</footer></body></html>`;

describe('extractArticle', () => {
  it.each([
    ['a page with lazy images, hints and a comment form', LAZY],
    ['seed-site.html', readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8')],
  ])('leaves the live document untouched: %s', (_name, html) => {
    const { document, window } = parseDocument(html, 'https://example.org/story/');
    const before = document.documentElement.outerHTML;
    const result = extractArticle(document, { sanitize: { mode: 'string', toHtml: (s) => s } });
    expect(result.ok).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
    (window as unknown as { close(): void }).close();
  });
});

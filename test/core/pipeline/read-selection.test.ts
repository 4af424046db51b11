import { describe, expect, it } from 'vitest';
import { readSelection } from '../../../src/core/pipeline/read-selection';
import { createSanitizer } from '../../../src/core/sanitize/create-sanitizer';
import { createRebuildSanitizer } from '../../../src/core/sanitize/rebuild-sanitizer';
import { selectionHtml } from '../../../src/core/snapshot/selection-html';
import { parseDocument } from '../../../src/node/parse-document';

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour news</title><meta property="og:site_name" content="Harbour Daily"></head>
<body><nav>Home · World</nav><p id="a">First paragraph of the story <b>in bold</b>.</p><p id="b">Second <script>evil()</script>paragraph.</p><p id="c">Third.</p></body></html>`;

function page() {
  return parseDocument(PAGE, 'https://news.example/story').window;
}

describe('read selection', () => {
  it('copies the selected blocks, never moving them, without scripts', () => {
    const window = page();
    const doc = window.document;
    const range = doc.createRange();
    range.setStartBefore(doc.getElementById('a')!);
    range.setEndAfter(doc.getElementById('b')!);
    doc.getSelection()!.addRange(range);
    const html = selectionHtml(doc)!;
    expect(html).toContain('<b>in bold</b>');
    expect(html).toContain('Second');
    expect(html).not.toContain('script');
    expect(html).not.toContain('Third');
    expect(doc.getElementById('a')).not.toBeNull();
  });

  it('keeps a selection inside one paragraph a paragraph, and ignores an empty or blank one', () => {
    const window = page();
    const doc = window.document;
    expect(selectionHtml(doc)).toBeNull();
    const text = doc.getElementById('c')!.firstChild!;
    const range = doc.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    doc.getSelection()!.addRange(range);
    expect(selectionHtml(doc)).toBe('<p>Third</p>');
    range.setEnd(text, 0);
    expect(selectionHtml(doc)).toBeNull();
  });

  it('shows the selection as it is, sanitized, under the page title and site', () => {
    const window = page();
    const result = readSelection(
      window.document,
      '<p onclick="x()">Chosen words <img src=x onerror=alert(1)></p>',
      'https://news.example/story',
      (base) => createSanitizer(window as never, base),
      window.document as never,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Harbour news');
    expect(result.article.siteName).toBe('Harbour Daily');
    expect(result.article.lang).toBe('en');
    expect(result.article.html).not.toMatch(/onclick|onerror/);
    expect(result.article.text).toBe('Chosen words');
    expect(result.article.wordCount).toBe(2);
  });

  it('in the page, rebuilds the selection from the allow list: nothing of the page runs', () => {
    const window = page();
    const doc = window.document as unknown as Document;
    const result = readSelection(
      doc,
      '<p onclick="x()">Chosen <a href="javascript:alert(1)">words</a> <img src=x onerror=alert(1)><script>alert(2)</script></p>',
      'https://news.example/story',
      (base) => createRebuildSanitizer(doc, base),
      doc,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html).not.toMatch(/onclick|onerror|javascript:|<script/);
    expect(result.article.text).toBe('Chosen words');
  });

  it('says so when the selection has no text', () => {
    const window = page();
    expect(
      readSelection(
        window.document,
        '<img src="https://x.example/a.png">',
        'https://news.example/story',
        (base) => createSanitizer(window as never, base),
        window.document as never,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'not-article',
    });
  });
});

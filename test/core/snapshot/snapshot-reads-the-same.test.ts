import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/core/pipeline/read-page';
import { parseInertDocument } from '../../../src/core/sanitize/parse-inert-document';
import { serializeDocument } from '../../../src/core/snapshot/serialize-document';
import { closeWindow } from '../../../src/node/close-window';
import { parseDocument } from '../../../src/node/parse-document';

/**
 * The popup now reads a snapshot of the page (serialized in the tab, parsed
 * into an inert copy in the popup) where it used to read the page itself.
 * On every golden page both must give the same answer: the same decision,
 * the same title, text and meta line.
 */
const PAGES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../pages');
const dirs = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(PAGES, d.name, 'source.html')))
  .map((d) => d.name)
  .sort();

describe('a snapshot reads the same as the page', () => {
  it('has pages to compare', () => expect(dirs.length).toBeGreaterThan(50));

  it.each(dirs)('%s', async (dir) => {
    const url = `https://${dir.split('--')[0]}.example/${dir}/`;
    const { document, window } = parseDocument(readFileSync(resolve(PAGES, dir, 'source.html'), 'utf8'), url);
    try {
      const direct = await readPage(document, url, window as never);
      const { html } = await serializeDocument(document, { maxChars: 24_000_000, pause: () => Promise.resolve() });
      const inert = parseInertDocument(html, { url, baseUrl: document.baseURI }, window as never);
      expect(inert.URL).toBe(url);
      const viaSnapshot = await readPage(inert, url, window as never);
      expect(viaSnapshot.decision?.isArticle).toBe(direct.decision?.isArticle);
      expect(viaSnapshot.result.ok).toBe(direct.result.ok);
      if (direct.result.ok && viaSnapshot.result.ok) {
        const { html: _a, ...directMeta } = direct.result.article;
        const { html: _b, ...snapshotMeta } = viaSnapshot.result.article;
        expect(snapshotMeta).toEqual(directMeta);
      }
      // "Show it anyway" on the copy gives what the page itself gave.
      const a = direct.anyway();
      const b = viaSnapshot.anyway();
      expect(b.ok && b.article.text).toBe(a.ok && a.article.text);
    } finally {
      closeWindow(window);
    }
  });
});

describe('the inert copy', () => {
  it("resolves the page's relative pictures and links against the page's base, with no <base> of its own", async () => {
    const story = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of a story about a bridge that opens in spring after years of delays, said the council on Monday.</p>`,
    ).join('');
    const { document, window } = parseDocument(
      `<!doctype html><html lang="en"><head><title>A bridge</title><base href="https://cdn.example/site/"></head><body><article><h1>A bridge</h1>${story}<figure><img src="img/bridge.png" width="640" height="400" alt="The bridge"><figcaption>The bridge.</figcaption></figure><p>More at <a href="../more/">the council</a>, and the rest of the story follows here with enough words.</p></article></body></html>`,
      'https://news.example/2024/05/bridge/',
    );
    try {
      const { html } = await serializeDocument(document, { maxChars: 1e6, pause: () => Promise.resolve() });
      const inert = parseInertDocument(html, { url: 'https://news.example/2024/05/bridge/', baseUrl: document.baseURI }, window as never);
      expect(inert.querySelector('base')).toBeNull();
      expect(inert.baseURI).toBe('https://cdn.example/site/');
      const read = await readPage(inert, inert.URL, window as never);
      const article = read.anyway();
      expect(article.ok && article.article.html).toContain('src="https://cdn.example/site/img/bridge.png"');
      expect(article.ok && article.article.html).toContain('href="https://cdn.example/more/"');
    } finally {
      closeWindow(window);
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionStage, readerableStage } from '../../../src/core/detect/decide-is-article';
import { earlyVerdict } from '../../../src/core/detect/early-decision';
import { readInPage } from '../../../src/core/pipeline/read-in-page';
import { extractDocument } from '../../../src/core/pipeline/read-page';
import { parseInertDocument } from '../../../src/core/sanitize/parse-inert-document';
import { serializeDocument } from '../../../src/core/snapshot/serialize-document';
import { closeWindow } from '../../../src/node/close-window';
import { parseDocument } from '../../../src/node/parse-document';

/**
 * The in-page and automatic reader now read a snapshot of the page in an
 * extension context (readInPage) where they used to run the decision's last
 * two stages and the extraction on the page itself. On every golden page the
 * automatic reader must open exactly where it opened before, with the same
 * article; the shortcut must show the same article.
 */
const PAGES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../pages');
const dirs = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(PAGES, d.name, 'source.html')))
  .map((d) => d.name)
  .sort();

describe('the in-page reader reads a snapshot as it read the page', () => {
  it('has pages to compare', () => expect(dirs.length).toBeGreaterThan(50));

  it.each(dirs)('%s', async (dir) => {
    const url = `https://${dir.split('--')[0]}.example/${dir}/`;
    const { document, window } = parseDocument(readFileSync(resolve(PAGES, dir, 'source.html'), 'utf8'), url);
    try {
      const early = earlyVerdict(document, url);
      const request = { auto: true, paywalled: early.paywalled, articleSignals: early.verdict === 'yes-signals' };
      // What the in-page reader did before, on the page's own document.
      const quick = readerableStage(document, { ...early, stage: 'signals', reason: '' });
      const direct = quick.verdict === 'no' ? null : extractDocument(document, url, window as never);
      const openedBefore = !!direct?.ok && extractionStage(document, quick, direct).isArticle;
      const { html } = await serializeDocument(document, { maxChars: 24_000_000, pause: () => Promise.resolve() });
      const inert = parseInertDocument(html, { url, baseUrl: document.baseURI }, window as never);
      const auto = readInPage(inert, url, request, window as never);
      expect(auto.ok, 'the automatic reader opens where it opened').toBe(openedBefore);
      const byUser = readInPage(inert, url, { ...request, auto: false }, window as never);
      const before = extractDocument(document, url, window as never);
      expect(byUser.ok).toBe(before.ok);
      if (byUser.ok && before.ok) {
        expect(byUser.article.title).toBe(before.article.title);
        expect(byUser.article.text).toBe(before.article.text);
      }
    } finally {
      closeWindow(window as never);
    }
  });
});

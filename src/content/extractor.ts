/**
 * Injected into the reader's tab by the popup (activeTab + scripting). It
 * registers one entry point in the content script's isolated world; the
 * page cannot see or call it. Injecting it twice keeps the first copy.
 */
import type { ExtractResult } from '../core/article';
import { extractArticle } from '../core/extract/extract-article';
import { createSanitizer } from '../core/sanitize/create-sanitizer';

type Entry = { extract(): ExtractResult };
const scope = globalThis as { __articleCleaner?: Entry };

function extract(): ExtractResult {
  try {
    if (document.readyState === 'loading') {
      return { ok: false, reason: 'loading', message: 'The page is still loading.' };
    }
    const type = document.contentType || 'text/html';
    if (!/html/i.test(type) || !document.body) {
      return { ok: false, reason: 'not-html', message: `This is a ${type} document, not a web page.` };
    }
    const sanitizer = createSanitizer(window, document.baseURI);
    return extractArticle(document, { url: location.href, sanitize: sanitizer.toHtml });
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

// An own property only: the page can clobber the name with <a id="__articleCleaner">, which the
// isolated world sees too; a truthiness check then skipped the entry point and the reader failed.
if (!Object.prototype.hasOwnProperty.call(scope, '__articleCleaner')) {
  Object.defineProperty(scope, '__articleCleaner', { value: Object.freeze({ extract }), configurable: false, writable: false });
}

/**
 * Injected into the reader's tab by the popup (activeTab + scripting). It
 * registers one entry point in the content script's isolated world; the
 * page cannot see or call it. Injecting it twice keeps the first copy.
 */
import type { ExtractResult } from '../core/article';
import { extractThisPage } from './extract-this-page';

type Entry = { extract(): ExtractResult };
const scope = globalThis as { __articleCleaner?: Entry };

function extract(): ExtractResult {
  if (document.readyState === 'loading') {
    return { ok: false, reason: 'loading', message: 'The page is still loading.' };
  }
  return extractThisPage();
}

// An own property only: the page can clobber the name with <a id="__articleCleaner">, which the
// isolated world sees too; a truthiness check then skipped the entry point and the reader failed.
if (!Object.prototype.hasOwnProperty.call(scope, '__articleCleaner')) {
  Object.defineProperty(scope, '__articleCleaner', { value: Object.freeze({ extract }), configurable: false, writable: false });
}

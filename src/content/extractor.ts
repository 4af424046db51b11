/**
 * Injected into the reader's tab by the popup (activeTab + scripting). It
 * registers one entry point in the content script's isolated world; the
 * page cannot see or call it. Injecting it twice keeps the first copy.
 */
import type { ExtractResult } from '../core/article';
import { decideIsArticle } from '../core/detect/decide-is-article';
import { extractThisPage } from './extract-this-page';

export interface ExtractOptions {
  /** The reader asked for this page although it was judged not an article ("Show it anyway"). */
  anyway?: boolean;
}

type Entry = { extract(options?: ExtractOptions): Promise<ExtractResult> };
const scope = globalThis as { __articleCleaner?: Entry };

/**
 * The popup asks the question the automatic reader asks (the same stages,
 * the same code) before it shows a page as an article: a home page's teasers
 * must not be dressed up as a story. When the answer is no, the popup says
 * so and offers "Show it anyway", which comes back here with `anyway`.
 */
async function extract(options: ExtractOptions = {}): Promise<ExtractResult> {
  if (document.readyState === 'loading') {
    return { ok: false, reason: 'loading', message: 'The page is still loading.' };
  }
  const html = /html/i.test(document.contentType || 'text/html') && !!document.body;
  if (options.anyway === true || !html) return extractThisPage();
  let extracted: ExtractResult | null = null;
  const decision = await decideIsArticle(document, location.href, () => (extracted = extractThisPage()), 'reading');
  const result = extracted as ExtractResult | null;
  if (decision.isArticle && result?.ok) return result;
  // An error is an error, whatever the decision made of it.
  if (result && !result.ok && result.reason !== 'not-article') return result;
  return { ok: false, reason: 'not-article', message: decision.reason };
}

// An own property only: the page can clobber the name with <a id="__articleCleaner">, which the
// isolated world sees too; a truthiness check then skipped the entry point and the reader failed.
if (!Object.prototype.hasOwnProperty.call(scope, '__articleCleaner')) {
  Object.defineProperty(scope, '__articleCleaner', { value: Object.freeze({ extract }), configurable: false, writable: false });
}

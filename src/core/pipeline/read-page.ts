import type { ExtractResult } from '../article';
import { decideIsArticle, type ArticleDecision } from '../detect/decide-is-article';
import { extractArticle } from './extract-article';
import { chooseSiteName } from '../meta/choose-site-name';
import { createSanitizer } from '../sanitize/create-sanitizer';
import type { WindowLike } from 'dompurify';
import type { BlockShape } from '../rules/block-shape';

/** A page read by the reader: the answer to show, and the page kept to show it anyway. */
export interface PageReading {
  result: ExtractResult;
  decision: ArticleDecision | null;
  /**
   * The article whatever the decision said ("Show it anyway"): the extraction
   * the decision already ran, or, when an early stage said no before any,
   * one run now on the copy the reader holds. Never a second trip to the page.
   */
  anyway(): ExtractResult;
}

/**
 * The reader pipeline on a document: before it shows a page as an article,
 * the reader asks the automatic reader's question (the same stages, the same
 * code, its own lower thresholds) so that a home page's teasers are not dressed up as a story. This is
 * the one place the popup and the full tab ask it (decideIsArticle).
 * `sanitizerWindow` is the extension page's own window, whose DOMParser the
 * sanitizer parses with; `doc` may be an inert copy (parse-inert-document.ts).
 * Never throws: a failure is a typed result with a message.
 */
export async function readPage(
  doc: Document,
  url: string,
  sanitizerWindow: WindowLike,
  siteRules?: readonly BlockShape[],
): Promise<PageReading> {
  let extracted: ExtractResult | null = null;
  const extract = (): ExtractResult => (extracted ??= extractDocument(doc, url, sanitizerWindow, siteRules));
  const anyway = () => extract();
  if (!isHtml(doc)) return { result: extract(), decision: null, anyway };
  // 'reading': the popup's own thresholds, fitted for recall (the button reads on request).
  const decision = await decideIsArticle(doc, url, extract, 'reading');
  const result = extracted as ExtractResult | null;
  if (decision.isArticle && result?.ok) return { result, decision, anyway };
  // An error is an error, whatever the decision made of it.
  if (result && !result.ok && result.reason !== 'not-article') return { result, decision, anyway };
  return { result: { ok: false, reason: 'not-article', message: decision.reason }, decision, anyway };
}

function isHtml(doc: Document): boolean {
  return /html/i.test(doc.contentType || 'text/html') && !!doc.body;
}

/**
 * Readability, cleaning and sanitizing on `doc`, with the site name judged. Never throws.
 * `siteRules`: the shapes the reader removed on this site (core/rules/site-rules.ts shapesFor); the reader passes
 * them (an empty list where there are none) and gets each block's shape back in Article.blocks.
 */
export function extractDocument(doc: Document, url: string, sanitizerWindow: WindowLike, siteRules?: readonly BlockShape[]): ExtractResult {
  try {
    const type = doc.contentType || 'text/html';
    if (!/html/i.test(type) || !doc.body) {
      return { ok: false, reason: 'not-html', message: `This is a ${type} document, not a web page.` };
    }
    const sanitizer = createSanitizer(sanitizerWindow, doc.baseURI);
    // The string form: in Chromium and Firefox, DOMPurify on a string (native parse and serialize) took
    // half the time of its in-place walk (a 90,000-cell table: 0.9 s against 2.3 s; news pages 20 ms
    // against 40 ms). jsdom is the other way round.
    const result = extractArticle(doc, { url, sanitize: { mode: 'string', toHtml: sanitizer.toHtml }, siteRules });
    if (!result.ok) return result;
    // A site name that is a menu, a platform or a placeholder gives way to the page's own og:site_name, then the host.
    const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
    return { ok: true, article: { ...result.article, siteName: chooseSiteName(result.article.siteName, og, url) } };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

import type { ExtractResult } from '../article';
import { extractionStage, readerableStage, type QuickDecision } from '../detect/decide-is-article';
import type { ReadRequest } from '../messages/reader-work';
import type { WindowLike } from 'dompurify';
import { extractDocument } from './read-page';

/**
 * The in-page reader's reading, run on an inert copy of the page in an
 * extension context. Opened by the user (the shortcut), it extracts and says
 * why when there is nothing; opened by the automatic reader, it runs the two
 * stages of the decision the small auto-reader script left (the page's shape
 * with Readability's quick test, then the extraction scored with all the page
 * showed) and answers "not an article" unless both say yes. Never throws.
 */
export function readInPage(doc: Document, url: string, request: ReadRequest, sanitizerWindow: WindowLike): ExtractResult {
  if (!request.auto) return extractDocument(doc, url, sanitizerWindow, request.siteRules);
  // The first stage ran in the page (auto-reader.js): what it saw comes with the request.
  const early: QuickDecision = {
    verdict: request.articleSignals ? 'yes-signals' : 'maybe',
    stage: 'signals',
    reason: '',
    paywalled: request.paywalled,
  };
  const quick = readerableStage(doc, early);
  if (quick.verdict === 'no') return { ok: false, reason: 'not-article', message: quick.reason };
  const result = extractDocument(doc, url, sanitizerWindow, request.siteRules);
  if (!result.ok) return result;
  const decision = extractionStage(doc, quick, result);
  return decision.isArticle ? result : { ok: false, reason: 'not-article', message: decision.reason };
}

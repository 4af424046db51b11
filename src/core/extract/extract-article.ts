import type { ExtractResult } from '../article';
import { cleanArticle } from '../clean/clean-article';
import type { Removal } from '../clean/removal-trace';
import { titleVariants } from '../clean/title-variants';
import { blockText } from '../text/block-text';
import { countWords, normalizeForCompare } from '../text/normalize-for-compare';
import { cloneDocument, MAX_NESTING } from './clone-document';
import { isLinkList } from './is-link-list';
import { parseWithReadability } from './parse-with-readability';
import { prepareElement } from './prepare-copy';
import { showFallbacks } from './show-fallbacks';

export interface ExtractOptions {
  /** The page's address; defaults to the document's. */
  url?: string;
  /**
   * Turns the cleaned body into safe HTML (see core/sanitize). When it also
   * offers `element` (Sanitizer.toHtml does), the body is sanitized in place
   * instead: the same policy without a serialize → parse → serialize round
   * trip, which in jsdom cost more than all our cleaning passes together.
   * Browsers parse and serialize natively, and there the string path takes
   * half the time of DOMPurify's in-place walk: the content scripts pass a
   * plain function (extractDocument in src/core/read-page.ts).
   */
  sanitize: ((html: string) => string) & { element?: (el: Element) => void };
  /**
   * Called with the article's element after each step (Readability, each
   * cleaning pass, the sanitizer), for the quality bench to see which step
   * removed what. It must not change the element.
   */
  trace?: TraceStep;
  /** Told of every block a cleaning pass removed, or the story guard kept, and why: the CLI's --explain. */
  explain?: (removal: Removal) => void;
}

export type TraceStep = (step: string, content: Element) => void;

// Fewer words than this is a teaser, an error page or a stub, not an article.
const MIN_WORDS = 30;

/**
 * The whole reader pipeline on one document: the copy (lazy images and the
 * page's furniture hints fixed in the same walk), Readability, our cleaning
 * pass, the sanitizer, plain text.
 * The live document is never touched: Readability rewrites what it is
 * given, so it only ever sees the clone.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const url = options.url ?? doc.URL;
  if (!doc.documentElement || !doc.body) return { ok: false, reason: 'not-html', message: 'This is not an HTML page.' };
  const objects: Element[] = [];
  const clone = cloneDocument(doc, MAX_NESTING, (el) => {
    prepareElement(el);
    if (el.localName === 'object') objects.push(el);
  });
  showFallbacks(objects);
  const parsed = parseWithReadability(clone);
  const content = parsed?.content;
  if (!parsed || !content) return notArticle();
  options.trace?.('readability', content);
  const siteName = clean(parsed.siteName);
  const title = headline(clean(parsed.title) ?? clean(doc.title) ?? '', siteName);
  cleanArticle(content, title, siteName, options.trace, options.explain);
  // Sanitize before taking the text, so the text is what the reader shows.
  const inPlace = options.sanitize.element;
  let html: string | null = null;
  if (inPlace) inPlace(content);
  else {
    html = options.sanitize(content.innerHTML);
    // The text of the clean HTML, read from a copy of it in our detached clone (nothing there loads or runs).
    // eslint-disable-next-line no-restricted-syntax -- html is the sanitizer's own output
    content.innerHTML = html;
  }
  options.trace?.('sanitize', content);
  const text = blockText(content);
  const wordCount = countWords(text);
  if (wordCount < MIN_WORDS || isLinkList(content)) return notArticle();
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : detectDir(doc);
  return {
    ok: true,
    article: {
      title,
      byline: clean(parsed.byline),
      siteName,
      publishedTime: clean(parsed.publishedTime),
      lang: clean(parsed.lang) ?? clean(doc.documentElement.getAttribute('lang')),
      dir,
      excerpt: clean(parsed.excerpt),
      html: html ?? content.innerHTML,
      text,
      wordCount,
      url,
    },
  };
}

function notArticle(): ExtractResult {
  return { ok: false, reason: 'not-article', message: 'No article was found on this page.' };
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** The headline without a site-name suffix ("Story – Site"), which the meta line shows anyway. */
function headline(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = normalizeForCompare(siteName);
  const m = title.match(/^(.*\S)\s+[|\-–—:·•»]\s+(.+)$/);
  if (m && m[1] && normalizeForCompare(m[2] ?? '') === site && titleVariants(m[1], null).length) return m[1];
  return title;
}

function detectDir(doc: Document): 'ltr' | 'rtl' | null {
  const d = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return d === 'rtl' || d === 'ltr' ? d : null;
}

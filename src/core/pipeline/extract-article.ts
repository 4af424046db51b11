import type { ExtractResult } from '../article';
import { cleanArticle } from '../clean/clean-article';
import type { BlockModel } from '../clean/block-model';
import type { CleanPass, Removal } from '../clean/removal-trace';
import { titleVariants } from '../clean/title-variants';
import { blockText } from '../text/block-text';
import { countWords, normalizeForCompare } from '../text/normalize-for-compare';
import { cloneDocument, MAX_NESTING } from '../extract/clone-document';
import { isLinkList } from '../extract/is-link-list';
import { parseWithReadability } from '../extract/parse-with-readability';
import { extendToSiblings, numberParagraphs } from '../extract/extend-to-siblings';
import { readArticleBody } from '../extract/read-article-body';
import { prepareElement } from './prepare-copy';
import { showFallbacks } from '../extract/show-fallbacks';
import type { BlockShape } from '../rules/block-shape';
import { applySiteRules } from '../rules/apply-site-rules';
import { createBlockMarker, readArticleBlocks } from '../rules/mark-blocks';

export interface ExtractOptions {
  /** The page's address; defaults to the document's. */
  url?: string;
  /** How the cleaned body becomes safe HTML (see core/sanitize and SanitizeStep). */
  sanitize: SanitizeStep;
  /**
   * Called with the article's element after each step (Readability, each
   * cleaning pass, the sanitizer), for the quality bench to see which step
   * removed what. It must not change the element.
   */
  trace?: TraceStep;
  /**
   * The site's rules from "Remove this block" (core/rules): blocks of these
   * shapes are removed, within a guard that keeps the story. Given at all
   * (even empty), each block of the article is also named with its shape
   * (Article.blocks), so the reader can make a rule from any block.
   */
  siteRules?: readonly BlockShape[];
  /** Told of every block a cleaning pass removed, or the story guard kept, and why: the CLI's --explain. */
  explain?: (removal: Removal) => void;
  /** The block scorer's model (default: the shipped, fitted one); bench/fit-quality.ts passes its own, or one that removes nothing. */
  blockModel?: BlockModel;
  /** Cleaning passes to skip: bench:quality --skip-pass measures what each is worth. */
  skipPasses?: ReadonlySet<CleanPass>;
}

export type TraceStep = (step: string, content: Element) => void;

/**
 * The two ways to apply the one sanitizing policy, chosen by the caller
 * because which is faster depends on the engine. 'in-place' walks the
 * article's DOM (Sanitizer.inPlace): in jsdom the string round trip
 * (serialize → parse → serialize) costs more than all our cleaning passes
 * together. 'string' sanitizes the serialized body (Sanitizer.toHtml):
 * browsers parse and serialize natively, and there it takes half the time of
 * DOMPurify's in-place walk (extractDocument in read-page.ts).
 */
export type SanitizeStep = { mode: 'in-place'; inPlace: (el: Element) => void } | { mode: 'string'; toHtml: (html: string) => string };

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
  const number = numberParagraphs();
  const marker = options.siteRules ? createBlockMarker(options.siteRules) : null;
  const clone = cloneDocument(doc, MAX_NESTING, (el) => {
    prepareElement(el);
    number(el);
    marker?.visit(el);
    if (el.localName === 'object') objects.push(el);
  });
  showFallbacks(objects);
  const parsed = parseWithReadability(clone);
  const content = parsed?.content;
  if (!parsed || !content) return notArticle();
  options.trace?.('readability', content);
  // Readability's container, extended to the story's paragraphs it left out at its start or end.
  // The structured articleBody is read only if a paragraph's shape leaves the question open.
  let body: string | null | undefined;
  const storyText = () => (body === undefined ? (body = readArticleBody(doc)) : body);
  if (extendToSiblings(content, doc, storyText, prepareElement)) options.trace?.('extend', content);
  const siteName = clean(parsed.siteName);
  const title = headline(clean(parsed.title) ?? clean(doc.title) ?? '', siteName);
  cleanArticle(content, title, siteName, options.trace, options.explain, { model: options.blockModel, skip: options.skipPasses });
  const ruled = marker ? applySiteRules(content, options.siteRules?.length ?? 0) : null;
  // Read before the sanitizer drops the stamps.
  const blocks = marker ? readArticleBlocks(content, marker.shapes) : undefined;
  // Sanitize before taking the text, so the text is what the reader shows.
  const step = options.sanitize;
  let html: string | null = null;
  if (step.mode === 'in-place') step.inPlace(content);
  else {
    html = step.toHtml(content.innerHTML);
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
      ...(blocks ? { blocks } : {}),
      ...(ruled ? { rules: { removed: ruled.removed, refused: ruled.refused.length } } : {}),
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

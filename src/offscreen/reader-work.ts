/**
 * The in-page reader's reading, in an extension context with a DOM parser:
 * Chrome's offscreen document (offscreen-listener.ts) and Firefox's
 * background page (which imports this module by its fixed path,
 * platform/reader-work-host.ts). Pure functions over what they are given:
 * nothing of a page is kept once the answer is returned.
 */
import type { KeyFigures } from '../core/figures/key-figures';
import type { FiguresRequest, ReadAnswer, ReadRequest } from '../core/messages/reader-work';
import { readInPage } from '../core/pipeline/read-in-page';
import { parseInertDocument } from '../core/sanitize/parse-inert-document';
import type { PageSnapshot } from '../core/snapshot/page-snapshot';
import { englishMessage } from '../core/i18n/english-message';
import { translateWith } from '../core/i18n/reader-text';
import { articleHeading } from '../core/meta/article-heading';
import { readSelection } from '../core/pipeline/read-selection';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { cutsOfArticle } from '../core/sanitize/html-cuts';

/**
 * The page's checked snapshot, parsed inert (no script runs, nothing loads), decided and extracted, with the title
 * block's words finished. Opened by the user with text selected, the selection is read instead, as it is (as the
 * popup does); the automatic reader never reads a selection. Never throws.
 */
export function readSnapshot(snapshot: PageSnapshot, request: ReadRequest): ReadAnswer {
  try {
    const doc = parseInertDocument(snapshot.html, snapshot, window);
    const chosen = !request.auto && snapshot.selection ? snapshot.selection : null;
    const selected = chosen ? readSelection(doc, chosen, snapshot.url, (base) => createSanitizer(window, base), document) : null;
    const result = selected?.ok ? selected : readInPage(doc, snapshot.url, request, window);
    if (!result.ok) return result;
    const article = result.article;
    const t = translateWith(request.text ?? null, englishMessage);
    const heading = articleHeading(article, t, article.lang ?? request.text?.language ?? 'en');
    // Where the tab may parse the article in pieces: this context has a parser and is not the page's thread.
    const cuts = cutsOfArticle(article.html, window);
    return {
      ok: true,
      article,
      truncated: snapshot.truncated,
      heading,
      ...(selected?.ok ? { selection: true } : {}),
      ...(cuts ? { cuts } : {}),
    };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The key figures of an article's text. The language library is its own chunk, loaded the first time it is needed. */
export async function keyFiguresFor(request: FiguresRequest): Promise<KeyFigures | null> {
  try {
    const { computeKeyFigures } = await import('../core/figures/compute-key-figures');
    return computeKeyFigures(request.text, { title: request.title, lang: request.lang ?? undefined });
  } catch {
    return null;
  }
}

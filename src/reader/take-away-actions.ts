import type { Article } from '../core/article';
import type { Sanitizer } from '../core/sanitize/create-sanitizer';
import {
  articleToHtmlFile,
  articleToMarkdown,
  articleToPlainText,
  exportFileName,
  type ExportContext,
} from '../core/export/export-article';
import type { TakeAwayActions } from './render-reader-toolbar';
import { copyText, downloadText } from './take-away';

/**
 * The Save panel's actions for one article. The body is sanitized afresh for
 * each, from the article's HTML rather than the screen, so highlights and
 * the read-aloud marker never end up in a copy. `place`: see take-away.ts.
 */
export function takeAwayActions(
  article: Article,
  sanitizer: Sanitizer,
  t: ExportContext['t'],
  locale: string,
  canPrint: boolean,
  place?: ParentNode,
): TakeAwayActions {
  const ctx = (): ExportContext => ({ t, locale, savedAt: new Date() });
  const markdown = () => articleToMarkdown(article, sanitizer.toFragment(article.html), ctx());
  return {
    copyMarkdown: () => copyText(markdown(), place),
    copyText: () => copyText(articleToPlainText(article, ctx()), place),
    saveHtml: () =>
      downloadText(
        exportFileName(article.title, 'html'),
        'text/html',
        articleToHtmlFile(article, sanitizer.toHtml(article.html), ctx()),
        place,
      ),
    saveMarkdown: () => downloadText(exportFileName(article.title, 'md'), 'text/markdown', markdown(), place),
    print: canPrint ? () => window.print() : undefined,
  };
}

import type { Article } from '../core/article';
import { articleToHtmlFile, articleToMarkdown, articleToPlainText, type ExportContext } from '../core/export/export-article';
import { computeKeyFigures } from '../core/figures/compute-key-figures';
import { englishMessage } from '../core/i18n/english-message';
import { closeWindow } from '../node/close-window';
import { parseDocument } from '../node/parse-document';
import { keyFiguresMarkdown, keyFiguresText } from './format-key-figures';
import type { Format } from './parse-args';

/**
 * One article in the chosen format, ending with a newline. `file` is how the
 * user named the input. Text, Markdown and HTML are the very documents the
 * reader's Copy and Save buttons make (src/core/export), in the English
 * interface; `now` is the "saved on" date they carry.
 */
export function formatOutput(article: Article, format: Format, file: string, now: Date = new Date()): string {
  const ctx: ExportContext = { t: englishMessage, locale: 'en-US', savedAt: now };
  // article.html is the pipeline's sanitized HTML, as the reader's Save uses.
  if (format === 'html') return articleToHtmlFile(article, article.html, ctx);
  const keyFigures = computeKeyFigures(article.text, { title: article.title, lang: article.lang ?? undefined });
  switch (format) {
    case 'json':
      return `${JSON.stringify({ file, ...article, keyFigures })}\n`;
    case 'markdown':
      return `${[articleMarkdown(article, ctx).trimEnd(), keyFiguresMarkdown(keyFigures)].filter(Boolean).join('\n\n')}\n`;
    case 'text':
      return `${[articleToPlainText(article, ctx).trimEnd(), keyFiguresText(keyFigures)].filter(Boolean).join('\n\n')}\n`;
  }
}

/** The reader's Markdown document, its body converted from the sanitized HTML parsed by jsdom (never by the converter). */
function articleMarkdown(article: Article, ctx: ExportContext): string {
  const { document, window } = parseDocument(`<!DOCTYPE html><body>${article.html}</body>`, article.url);
  try {
    return articleToMarkdown(article, document.body, ctx);
  } finally {
    closeWindow(window);
  }
}

import type { Article } from '../core/article';
import { escapeHeadingEnd, escapeText } from '../core/markdown/escape-markdown';
import { htmlToMarkdown } from '../core/markdown/html-to-markdown';
import { finishParagraph } from '../core/markdown/inline-markdown';
import { computeKeyFigures } from '../core/figures/compute-key-figures';
import { parseDocument } from '../node/parse-document';
import { keyFiguresMarkdown, keyFiguresText } from './format-key-figures';
import { metaLine } from './meta-line';
import type { Format } from './parse-args';
import { standaloneHtml } from './standalone-html';

/** One article in the chosen format, ending with a newline. `file` is how the user named the input. */
export function formatOutput(article: Article, format: Format, file: string): string {
  if (format === 'html') return standaloneHtml(article);
  const keyFigures = computeKeyFigures(article.text, { title: article.title, lang: article.lang ?? undefined });
  switch (format) {
    case 'json': return `${JSON.stringify({ file, ...article, keyFigures })}\n`;
    case 'markdown': return `${[articleMarkdown(article), keyFiguresMarkdown(keyFigures)].filter(Boolean).join('\n\n')}\n`;
    case 'text': return `${[`${article.title}\n${metaLine(article)}\n\n${article.text}`, keyFiguresText(keyFigures)].filter(Boolean).join('\n\n')}\n`;
  }
}

/** "# Title", the meta line in italics, then the body converted from its sanitized HTML. */
export function articleMarkdown(article: Article): string {
  const title = escapeHeadingEnd(finishParagraph(escapeText(article.title)));
  const meta = finishParagraph(escapeText(metaLine(article)));
  // The sanitized HTML is parsed by jsdom (never by the converter) and the
  // converter then only walks the tree; the window is closed to free it.
  const { document, window } = parseDocument(`<!DOCTYPE html><body>${article.html}</body>`, article.url);
  try {
    const body = htmlToMarkdown(document.body);
    return [`# ${title}`, `*${meta}*`, body].filter(Boolean).join('\n\n');
  } finally {
    (window as unknown as { close(): void }).close();
  }
}

import type { ExtractResult } from '../core/article';
import { extractArticle } from '../core/extract/extract-article';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { parseDocument } from './parse-document';

/** The extension's pipeline on an HTML string, in Node (command-line tool, tests, benches). */
export function cleanHtml(html: string, url?: string): ExtractResult {
  const { document, window } = parseDocument(html, url);
  try {
    const sanitizer = createSanitizer(window as never, document.URL);
    return extractArticle(document, { url: url ?? document.URL, sanitize: sanitizer.toHtml });
  } finally {
    (window as unknown as { close(): void }).close();
  }
}

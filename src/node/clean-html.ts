import type { ExtractResult } from '../core/article';
import { extractArticle } from '../core/extract/extract-article';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { parseDocument } from './parse-document';

/** The extension's pipeline on an HTML string, in Node (command-line tool, tests, benches). */
export function cleanHtml(html: string, url?: string): ExtractResult {
  let parsed: ReturnType<typeof parseDocument>;
  try {
    parsed = parseDocument(html, url);
  } catch (error) {
    // jsdom's own parser gives up on some pathological pages (tens of thousands of levels deep).
    return { ok: false, reason: 'error', message: `The page could not be parsed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { document, window } = parsed;
  try {
    const sanitizer = createSanitizer(window as never, document.URL);
    return extractArticle(document, { url: url ?? document.URL, sanitize: sanitizer.toHtml });
  } finally {
    closeQuietly(window);
  }
}

/** jsdom's close() detaches the tree recursively and overflows the stack on a page thousands of levels deep; the window is dropped either way. */
function closeQuietly(window: Window): void {
  try {
    (window as unknown as { close(): void }).close();
  } catch {
    // RangeError from a deep tree: nothing to free that the garbage collector will not.
  }
}

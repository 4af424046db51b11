import type { ExtractResult } from '../core/article';
import type { Removal } from '../core/clean/removal-trace';
import { extractArticle } from '../core/pipeline/extract-article';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { closeWindow } from './close-window';
import { parseDocument } from './parse-document';

/**
 * The most characters of a page that are parsed in Node. jsdom's parse
 * alone grows faster than the page (4 MB: 4 s, 10 MB: 34 s, 20 MB: more
 * than 5 minutes, measured with bench:pathological), where a browser reads
 * 20 MB in a few seconds. Longer pages are cut here, and their first part
 * read: the story sits near the top, and what makes a page that long is
 * comments, lists and archives below it. Cut in the middle of a tag, the
 * HTML parser closes what is open, as it does for any truncated download.
 */
export const MAX_HTML_CHARS = 5_000_000;

/** Whether cleanHtml reads only the first MAX_HTML_CHARS characters of this page. */
export function isCut(html: string): boolean {
  return html.length > MAX_HTML_CHARS;
}

/** The extension's pipeline on an HTML string, in Node (command-line tool, tests, benches); `explain` as in extractArticle. */
export function cleanHtml(html: string, url?: string, explain?: (removal: Removal) => void): ExtractResult {
  let parsed: ReturnType<typeof parseDocument>;
  try {
    parsed = parseDocument(isCut(html) ? html.slice(0, MAX_HTML_CHARS) : html, url);
  } catch (error) {
    // jsdom's own parser gives up on some pathological pages (tens of thousands of levels deep).
    return {
      ok: false,
      reason: 'error',
      message: `The page could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const { document, window } = parsed;
  try {
    const sanitizer = createSanitizer(window as never, document.URL);
    return extractArticle(document, {
      url: url ?? document.URL,
      sanitize: { mode: 'in-place', inPlace: sanitizer.inPlace },
      ...(explain ? { explain } : {}),
    });
  } finally {
    closeWindow(window);
  }
}

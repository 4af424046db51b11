import { decideIsArticle, type DecisionUse } from '../core/detect/decide-is-article';
import { extractArticle } from '../core/pipeline/extract-article';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { closeWindow } from './close-window';
import { parseDocument } from './parse-document';

/**
 * The automatic reader's decision on a saved page, in Node (command-line
 * `--is-article`, benches): the same stages as in the browser, with jsdom
 * and the full extraction; with `use` 'reading', the popup's own check.
 * Resolves, never rejects.
 */
export async function isArticleFile(
  html: string,
  url?: string,
  use: DecisionUse = 'auto',
): Promise<{ isArticle: boolean; stage: string; reason: string }> {
  let parsed: ReturnType<typeof parseDocument>;
  try {
    parsed = parseDocument(html, url);
  } catch {
    return { isArticle: false, stage: 'parse', reason: 'parse:error' };
  }
  const { document, window } = parsed;
  try {
    const sanitizer = createSanitizer(window as never, document.URL);
    return await decideIsArticle(
      document,
      url ?? document.URL,
      (doc) => extractArticle(doc, { url: url ?? doc.URL, sanitize: { mode: 'in-place', inPlace: sanitizer.inPlace } }),
      use,
    );
  } finally {
    closeWindow(window);
  }
}

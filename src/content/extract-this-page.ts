import type { ExtractResult } from '../core/article';
import { extractDocument } from '../core/read-page';

/**
 * The reader pipeline on the document this content script runs in, for the
 * in-page reader. Never throws: a failure is a typed result with a message.
 */
export function extractThisPage(): ExtractResult {
  return extractDocument(document, location.href, window);
}

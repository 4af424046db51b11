import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Stage 3: Readability's own cheap test (is there enough visible paragraph
 * text?). Imported from its own file so that the small script does not
 * carry the whole of Readability.
 */
export function decideByReaderable(doc: Document): boolean {
  return isProbablyReaderable(doc);
}

import { markHint } from '../clean/mark-boilerplate-hints';
import { fixLazyImage } from '../extract/fix-lazy-images';

/**
 * Our two passes over the copy before Readability, one of the copy stage and
 * one of the cleaning stage (so it lives in the pipeline above both), for one element of its
 * body: a lazy image gets its real source (extract/fix-lazy-images.ts) and an
 * element whose class or id names page furniture gets a hint Readability
 * keeps (clean/mark-boilerplate-hints.ts). cloneDocument runs it in the walk that
 * measures the copy: in jsdom one walk over every element costs about 4 %
 * of Readability's own time on a news page, and this saves two. Images
 * outside the body (only in a frameset document, which has nothing to
 * read) are left as they are.
 */
export function prepareElement(el: Element): void {
  fixLazyImage(el);
  markHint(el);
}

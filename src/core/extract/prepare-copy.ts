import { fixLazyImage } from './fix-lazy-images';
import { markHint } from './mark-boilerplate-hints';

/**
 * Our two passes over the copy before Readability, in one walk of its body:
 * lazy images get their real source (fix-lazy-images.ts) and elements whose
 * class or id names page furniture get a hint Readability keeps
 * (mark-boilerplate-hints.ts). In jsdom a walk over every element costs
 * about 1 % of Readability's own time, so one walk instead of two counts
 * toward bench:quality's speed ratio. Images outside the body (only in a
 * frameset document, which has nothing to read) are left as they are.
 */
export function prepareCopy(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    fixLazyImage(el);
    markHint(el);
  }
}

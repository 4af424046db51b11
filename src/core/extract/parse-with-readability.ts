import { Readability } from '@mozilla/readability';

type Parsed = ReturnType<Readability<Element>['parse']>;

/** The private parts of Readability 0.6.0 that bylineCheapFirst reads and replaces. */
interface ReadabilityInternals {
  _isValidByline?: (node: Element, matchString: string) => boolean;
  REGEXPS?: { byline?: RegExp };
}

/**
 * Readability on our copy of the page, returning the article as an element
 * (no serialize → parse round trip) with its classes (the sanitizer removes
 * them), and with one change that does not change any answer: Readability's byline test reads the text of every element it
 * walks before it looks at the element's rel, itemprop and class, so the
 * walk costs the sum of every subtree's text, quadratic in depth. A page of
 * unclosed tags (1 MB of binary garbage) spent 3.4 s of 4.8 s there in
 * Chromium. The same test with the cheap conditions first gives the same
 * result (test/core/extract/parse-with-readability.test.ts compares both).
 */
export function parseWithReadability(doc: Document): Parsed {
  // keepClasses: Readability's last step walks the article to strip every class, which our sanitizer does anyway.
  const reader = new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses: true });
  const internals = reader as unknown as ReadabilityInternals;
  const byline = internals.REGEXPS?.byline;
  // Only when Readability still has the shape this was written for; otherwise its own test runs.
  if (typeof internals._isValidByline === 'function' && byline instanceof RegExp && !byline.global && !byline.sticky) {
    internals._isValidByline = (node, matchString) => bylineCheapFirst(node, matchString, byline);
  }
  return reader.parse();
}

/** Readability 0.6.0's _isValidByline, with the text length read last. */
export function bylineCheapFirst(node: Element, matchString: string, byline: RegExp): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
  const length = (node.textContent ?? '').trim().length;
  return length > 0 && length < 100;
}

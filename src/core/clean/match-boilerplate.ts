import { moreWordsThan, normalizeForCompare } from '../text/normalize-for-compare';
import { BOILERPLATE_PHRASES, NOTICE_PHRASES, type BoilerplateKind } from './boilerplate-phrases';

// A block longer than this is prose, whatever words it starts with.
const MAX_WORDS = 24;
// A site's notice (disclosure, copyright, citation) is a paragraph, but a short one.
const NOTICE_MAX_WORDS = 80;
// Every phrase at once: most short blocks match none, and one test settles that.
const ANY_PHRASE = new RegExp(BOILERPLATE_PHRASES.map(({ pattern }) => `(?:${pattern.source})`).join('|'));

/** The kind of furniture a block's whole text is, or null for prose. */
export function matchBoilerplate(text: string): BoilerplateKind | null {
  if (moreWordsThan(text, MAX_WORDS)) return matchNotice(text);
  const norm = normalizeForCompare(text);
  if (!norm) return null;
  if (norm.split(' ').length > MAX_WORDS || !ANY_PHRASE.test(norm)) return isNotice(text, norm) ? 'meta' : null;
  for (const phrase of BOILERPLATE_PHRASES) {
    if (phrase.pattern.test(norm)) return phrase.kind;
  }
  return null;
}

/** A longer block that is one of the site's notices (NOTICE_PHRASES): 'meta', or null. */
function matchNotice(text: string): BoilerplateKind | null {
  if (!NOTICE_PHRASES.lead.test(text) || moreWordsThan(text, NOTICE_MAX_WORDS)) return null;
  return isNotice(text, normalizeForCompare(text)) ? 'meta' : null;
}

function isNotice(text: string, norm: string): boolean {
  return NOTICE_PHRASES.lead.test(text) && NOTICE_PHRASES.patterns.some((re) => re.test(norm));
}

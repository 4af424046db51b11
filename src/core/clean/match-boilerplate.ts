import { moreWordsThan, normalizeForCompare } from '../text/normalize-for-compare';
import { BOILERPLATE_PHRASES, type BoilerplateKind } from './boilerplate-phrases';

// A block longer than this is prose, whatever words it starts with.
const MAX_WORDS = 24;
// Every phrase at once: most short blocks match none, and one test settles that.
const ANY_PHRASE = new RegExp(BOILERPLATE_PHRASES.map(({ pattern }) => `(?:${pattern.source})`).join('|'));

/** The kind of furniture a block's whole text is, or null for prose. */
export function matchBoilerplate(text: string): BoilerplateKind | null {
  if (moreWordsThan(text, MAX_WORDS)) return null;
  const norm = normalizeForCompare(text);
  if (!norm || norm.split(' ').length > MAX_WORDS || !ANY_PHRASE.test(norm)) return null;
  for (const phrase of BOILERPLATE_PHRASES) {
    if (phrase.pattern.test(norm)) return phrase.kind;
  }
  return null;
}

import { analyseText, keyOf } from './analyse-text';
import { findFigures } from './find-figures';
import { findPersonMentions } from './find-person-mentions';
import { lexiconFor, readLanguage } from './lexicon';
import type { KeyFigures, KeyFiguresOptions } from './key-figures';
import { mergePeople } from './merge-people';
import { figureCandidates, rankCandidates, type FigureCandidate } from './rank-figures';

export type { Figure, FigureKind, KeyFigures, KeyFiguresOptions, Person } from './key-figures';
export { MAX_KEY_NUMBERS } from './rank-figures';

/**
 * The longest text analysed. compromise tags about 30 kB in a few hundred
 * milliseconds; a story's key figures are in its first pages anyway.
 */
export const MAX_ANALYSED_CHARS = 30_000;

const empty = (): KeyFigures => ({ people: [], numbers: [] });

/** The text cut to the limit at a paragraph (or at least a sentence) boundary, so no figure is cut in half. */
function bounded(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  const head = text.slice(0, MAX_ANALYSED_CHARS);
  const cut = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('. ') + 1);
  return cut > MAX_ANALYSED_CHARS / 2 ? head.slice(0, cut) : head;
}

/**
 * The story's key figures: the people it names, with their roles, and its
 * numbers and dates, each with the sentence it comes from, in rank order.
 * Never throws: odd input gives empty lists.
 */
export function computeKeyFigures(text: string, options: KeyFiguresOptions = {}): KeyFigures {
  try {
    if (typeof text !== 'string' || !/[\p{L}\d]/u.test(text)) return empty();
    const input = bounded(text);
    // Names are looked for in the six languages whose words the engine has; numbers in any (with English words).
    const lang = readLanguage(input, options.lang);
    const analysis = analyseText(input, lexiconFor(lang ?? 'en'));
    const titleKeys = new Set((options.title ?? '').split(/\s+/).map(keyOf).filter(Boolean));
    const people = lang ? mergePeople(analysis, findPersonMentions(analysis), titleKeys) : [];
    const numbers = rankCandidates(figureCandidates(analysis, findFigures(analysis), options.title ?? ''));
    return lang ? { people, numbers } : { people, numbers, peopleUnread: options.lang?.trim() || 'und' };
  } catch {
    return empty();
  }
}

/** The figures computeKeyFigures would rank, with the model's features: what bench/fit-figures.ts fits the key-number model on. */
export function keyNumberCandidates(text: string, options: KeyFiguresOptions = {}): FigureCandidate[] {
  const input = bounded(text);
  const analysis = analyseText(input, lexiconFor(readLanguage(input, options.lang) ?? 'en'));
  return figureCandidates(analysis, findFigures(analysis), options.title ?? '');
}

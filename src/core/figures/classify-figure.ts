import type { FigureSpan } from './find-figures';
import type { FigureKind } from './key-figures';
import type { Lexicon } from './lexicon';

/**
 * What a figure is: its kind (shown to the reader) and its trait, the finer
 * class the key-number model weighs ("count.noun" for "4,000 jobs",
 * "date.day" for "February 18", "year" for a bare year). The weights of the
 * traits are fitted on the labelled articles (key-number-model.ts), not set here.
 */
export interface FigureClass {
  kind: FigureKind;
  trait: string;
}

const YEAR = /^(?:in |since |by )?(?:1[6-9]|20)\d\d$/;
const DECADE = /\b(?:1[6-9]|20)\d0s\b/;
const SMALL_WORD_NUMBER = /^(?:one|two|three|deux|trois|zwei|drei|dos|tres|dois|duas|três|due|tre)\b/;

// "Sept." and "Nov." are months: a word's stop is not part of it.
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/^(?:d|l)['’]/, '').replace(/\.$/, ''));

/** The kind and trait of a figure, from its words, the language's words and the words just before it. */
export function classifyFigure(lexicon: Lexicon, text: string, span: FigureSpan, before: string): FigureClass {
  const lower = text.toLowerCase();
  const words = wordsOf(text);
  const digits = /\d/.test(text);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  const monthWord = has(lexicon.months);
  const weight = words.includes('pounds') && !/[£$€]/.test(text) && !/(?:million|billion) pounds/.test(lower);
  if (!weight && (/[$€£¥₩]/.test(text) || has(lexicon.currencies))) return { kind: 'money', trait: 'money' };
  if (/%|\bper ?cent\b|percentage point|percent|prozent|por ciento|pour cent|per cento|por cento/.test(lower) || has(lexicon.percent))
    return { kind: 'percent', trait: 'percent' };
  if (monthWord && digits) {
    const parts = (lower.match(/\d+/g) ?? []).length;
    // A day of the story ("February 18", "May 29, 1953") is more often a key fact than a month and year.
    const day = /\b\d{1,2}(?:st|nd|rd|th|er|\.)?\b/.test(lower.replace(/\b(?:1[6-9]|20)\d\d\b/g, ''));
    return { kind: 'date', trait: day ? 'date.day' : parts >= 2 ? 'date.full' : 'date.monthYear' };
  }
  if (/\d-year-old|\byears? old\b|jährige/.test(lower) || (span.afterName && /^\d{1,3}$/.test(text))) return { kind: 'age', trait: 'age' };
  if (
    /^\d{1,3} (?:ans|años|anni|anos|jahre)$/.test(lower) &&
    /(?:,\s*(?:de|di)?\s*|\b(?:homme|femme|hombre|mujer|uomo|donna|homem|mulher) de\s*)$/i.test(before)
  )
    return { kind: 'age', trait: 'age' };
  if (/\d:\d\d|\b[ap]\.m\b|\d\s?[ap]m\b|\d h \d\d|\d+h\d\d|\buhr\b/.test(lower)) return { kind: 'time', trait: 'time' };
  if (/^\d{1,3}-(?:of-)?\d{1,3}(?:-\d{1,3})?$/.test(lower)) return { kind: 'score', trait: 'score' };
  if (YEAR.test(lower)) return { kind: 'year', trait: 'year' };
  if (DECADE.test(lower)) return { kind: 'date', trait: 'decade' };
  if (has(lexicon.weekdays)) return { kind: 'date', trait: 'weekday' };
  if (has(lexicon.timeUnits))
    return { kind: 'duration', trait: digits || words.some((w) => lexicon.numberWords.has(w)) ? 'duration' : 'duration.vague' };
  if (monthWord) return { kind: 'date', trait: 'month' };
  if (has(lexicon.measures) || weight || /\d(?:fps|k|p|km|kmh|kg|mph|gb|tb|mbps)\b/i.test(lower))
    return { kind: 'quantity', trait: 'quantity' };
  // A count of what happened ("six soldiers", "4,000 jobs"); small counts in words ("two sides") matter less.
  if (span.counted)
    return { kind: 'count', trait: digits ? 'count.noun' : SMALL_WORD_NUMBER.test(lower) ? 'count.fewWords' : 'count.words' };
  // "six-game road trip", "three-match ban", "11-game losing streak": a count made an adjective.
  if (/^(?:\d+|[a-z]+)-[a-z]+$/.test(lower) && !/-year-old$/.test(lower)) return { kind: 'count', trait: 'count.adjective' };
  if (/^\d+(?:st|nd|rd|th|º|ª|er|re|e|°)$/.test(lower)) return { kind: 'count', trait: 'ordinal' };
  if (!digits) return { kind: 'count', trait: 'word' };
  if (has(lexicon.scales)) return { kind: 'count', trait: 'scaled' };
  // "at least 535", "roughly 400": a big number with its qualifier is a figure of the story.
  if (/\d{3,}|\d,\d{3}/.test(text) && has(lexicon.qualifiers)) return { kind: 'count', trait: 'bare.qualified' };
  return { kind: 'count', trait: /\d{2,}|\d[.,]\d/.test(text) ? 'bare.big' : 'bare.small' };
}

import { sentenceText, type Analysis } from './analyse-text';
import type { FigureSpan } from './find-figures';
import type { Figure, FigureKind } from './key-figures';
import { CURRENCY_WORDS, MEASURE_UNITS, TIME_UNITS } from './figure-lexicon';

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const YEAR = /^(?:in |since |by )?(?:1[6-9]|20)\d\d$/;
const DECADE = /\b(?:1[6-9]|20)\d0s\b/;

interface Ranked {
  figure: Figure;
  score: number;
  start: number;
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[\s-]+/);

/** What kind of figure, and how much a reader needs it: exact dates and amounts first, weekdays and word numbers last. */
function classify(text: string, afterName: boolean): { kind: FigureKind; score: number } {
  const lower = text.toLowerCase();
  const words = wordsOf(text);
  const digits = /\d/.test(text);
  if (/[$€£¥]/.test(text) || words.some((w) => CURRENCY_WORDS.has(w))) return { kind: 'money', score: 9 };
  if (/%|\bper ?cent\b|percentage point/.test(lower)) return { kind: 'percent', score: 8.5 };
  if (MONTH.test(lower) && /\d/.test(lower)) {
    const parts = (lower.match(/\d+/g) ?? []).length;
    return { kind: 'date', score: parts >= 2 ? 10 : 9 };
  }
  if (/\d-year-old|\byears? old\b/.test(lower) || (afterName && /^\d{1,3}$/.test(text))) return { kind: 'age', score: 5 };
  if (/\d:\d\d|\b[ap]\.m\b/.test(lower)) return { kind: 'time', score: 6 };
  if (/^\d+-(?:of-)?\d+(?:-\d+)?$/.test(lower)) return { kind: 'score', score: 6 };
  if (YEAR.test(lower)) return { kind: 'year', score: 7.5 };
  if (DECADE.test(lower)) return { kind: 'date', score: 6 };
  if (words.some((w) => TIME_UNITS.has(w))) return { kind: 'duration', score: digits ? 8 : /^(?:.* )?an? /.test(lower) || /^an? /.test(lower) ? 3 : 5 };
  if (MONTH.test(lower)) return { kind: 'date', score: 6 };
  if (WEEKDAY.test(lower)) return { kind: 'date', score: 2 };
  if (words.some((w) => MEASURE_UNITS.has(w)) || /\d(?:fps|k|p|km|kg|mph|gb|tb)\b/i.test(lower)) return { kind: 'quantity', score: 7 };
  if (!digits) return { kind: 'count', score: 4 };
  // Big or precise numbers tell more than a lone digit.
  return { kind: 'count', score: /\d{2,}|\d[.,]\d/.test(text) ? 6.5 : 4 };
}

/** Normal form for spotting the same figure twice. */
const sameKey = (text: string): string => text.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ').replace(/[.,]$/, '');

/** Classifies, drops repeats (the first occurrence keeps its sentence) and orders the figures by what a reader needs. */
export function rankFigures(analysis: Analysis, spans: FigureSpan[]): Figure[] {
  const seen = new Set<string>();
  const ranked: Ranked[] = [];
  for (const span of spans) {
    const text = analysis.text.slice(span.start, span.end).replace(/[,;:]$/, '').trim();
    if (!text) continue;
    const key = sameKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    const { kind, score } = classify(text, span.afterName);
    ranked.push({ figure: { text, kind, sentence: sentenceText(analysis, span.sentence) }, score, start: span.start });
  }
  ranked.sort((a, b) => b.score - a.score || a.start - b.start);
  return ranked.map((r) => r.figure);
}

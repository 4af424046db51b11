import { sentenceText, type Analysis } from './analyse-text';
import type { FigureSpan } from './find-figures';
import { within } from './find-furniture';
import type { Figure, FigureKind } from './key-figures';
import type { Lexicon } from './lexicon';

/** At most this many figures are key facts; the rest are "All numbers". */
export const MAX_KEY_NUMBERS = 8;
/** A figure needs this score to be a key fact: an amount, a share, a count with its noun, a score, or a date or duration of the opening. */
const KEY_SCORE = 6;

const YEAR = /^(?:in |since |by )?(?:1[6-9]|20)\d\d$/;
const DECADE = /\b(?:1[6-9]|20)\d0s\b/;
// Letters that may follow digits in a figure ("11th", "1970s", "240kmh", "36mila", "80percent"); anything else makes a code ("802.11n", "777x").
const NUMBER_SUFFIX = /^(?:st|nd|rd|th|er|e|re|º|ª|a|o|s|k|m|bn|mn|km|kmh|kg|mph|mbps|gbps|gb|tb|mb|ghz|mhz|hz|mm|cm|ml|pm|am|h|hrs|fps|p|mp|mah|w|kw|mw|gw|kwh|v|nm|ft|lb|lbs|oz|mila|percent|million|billion|trillion|millions?|milliards?|jährigen?|minute|yard|game|day|year|hour)$/i;

interface Ranked {
  figure: Figure;
  score: number;
  start: number;
  keyable: boolean;
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/^(?:d|l)['’]/, ''));

/** Product codes, model and version numbers, phone numbers, paragraph and list numbers: not figures of the story. */
function isCode(text: string, before: string, around: string): boolean {
  if (/§|\b(?:nr|no|art|abs|absatz)\.?\s*$/i.test(before) || /\p{L}-$/u.test(before)) return true; // "§ 68", "WX-200", "S-1"
  // A phone number ("800 123 4567", "020 7946 0958", "01 76 84 00 00"), not a number grouped in thousands ("12 500 000").
  if (/(?:^|[^\d.,])(?:0\d{1,3}|\d{3})[ -]\d{3,4}[ -]\d{4}(?:[^\d.,]|$)/.test(around) || /(?:^|\D)0\d(?:[ .]\d\d){4}(?:\D|$)/.test(around) || /^0\d{2,}$/.test(text)) return true;
  // "Boeing 787-9", "the 777 program": a model number after its maker's name.
  if (/\p{Lu}\p{Ll}+\s+$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\s+$/u.test(before) && /^\d{3,4}(?:-\d{1,2})?(?:\s|$)/.test(text) && !/^(?:1[6-9]|20)\d\d$/.test(text.split(/\s/)[0] ?? '')) return true;
  if (/^\d{3,}-\d$/.test(text)) return true;
  if (/\d{2,4}[ -]\d{2,4}[ -]\d{3,4}/.test(text) || /^0\d[\d -]{6,}$/.test(text)) return true;
  for (const word of text.split(/\s+/)) {
    if (/^\p{L}+-?\d/u.test(word) && !/^[A-Z]{0,3}[$€£¥₩]/.test(word)) return true; // "WNHDEB111", "HL7", "S-1", "Twenty20"
    const tail = /\d([\p{L}]+)$/u.exec(word.replace(/['’]s$/, ''));
    if (tail && !NUMBER_SUFFIX.test(tail[1] ?? '')) return true; // "802.11n", "777x"
    if (/^\d+\.\d+\.\d+/.test(word) && !/^\d{4}\.\d\d\.\d\d$/.test(word)) return true; // version numbers
  }
  return false;
}

/** What kind of figure, and how much a reader needs it: amounts, shares and counts of what happened first, weekdays and bare years last. */
function classify(lexicon: Lexicon, text: string, span: FigureSpan, before: string): { kind: FigureKind; score: number } {
  const lower = text.toLowerCase();
  const words = wordsOf(text);
  const digits = /\d/.test(text);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  const monthWord = has(lexicon.months);
  const weight = words.includes('pounds') && !/[£$€]/.test(text) && !/(?:million|billion) pounds/.test(lower);
  if (!weight && (/[$€£¥₩]/.test(text) || has(lexicon.currencies))) return { kind: 'money', score: 9 };
  if (/%|\bper ?cent\b|percentage point|percent|prozent|por ciento|pour cent|per cento|por cento/.test(lower) || has(lexicon.percent)) return { kind: 'percent', score: 8.5 };
  if (monthWord && digits) {
    const parts = (lower.match(/\d+/g) ?? []).length;
    // A day of the story ("February 18", "May 29, 1953") can be a key fact; a month and year less so.
    const day = /\b\d{1,2}(?:st|nd|rd|th|er|\.)?\b/.test(lower.replace(/\b(?:1[6-9]|20)\d\d\b/g, ''));
    return { kind: 'date', score: day ? 6 : parts >= 2 ? 5 : 4.5 };
  }
  if (/\d-year-old|\byears? old\b|jährige/.test(lower) || (span.afterName && /^\d{1,3}$/.test(text))) return { kind: 'age', score: 6.5 };
  if (/^\d{1,3} (?:ans|años|anni|anos|jahre)$/.test(lower) && /(?:,\s*(?:de|di)?\s*|\b(?:homme|femme|hombre|mujer|uomo|donna|homem|mulher) de\s*)$/i.test(before)) return { kind: 'age', score: 6.5 };
  if (/\d:\d\d|\b[ap]\.m\b|\d\s?[ap]m\b|\d h \d\d|\d+h\d\d|\buhr\b/.test(lower)) return { kind: 'time', score: 3 };
  if (/^\d{1,3}-(?:of-)?\d{1,3}(?:-\d{1,3})?$/.test(lower)) return { kind: 'score', score: 7.5 };
  if (YEAR.test(lower)) return { kind: 'year', score: 2.5 };
  if (DECADE.test(lower)) return { kind: 'date', score: 3 };
  if (has(lexicon.weekdays)) return { kind: 'date', score: 1 };
  if (has(lexicon.timeUnits)) return { kind: 'duration', score: digits || words.some((w) => lexicon.numberWords.has(w)) ? 6.5 : 2 };
  if (monthWord) return { kind: 'date', score: 2.5 };
  if (has(lexicon.measures) || weight || /\d(?:fps|k|p|km|kmh|kg|mph|gb|tb|mbps)\b/i.test(lower)) return { kind: 'quantity', score: 7 };
  // A count of what happened ("six soldiers", "4,000 jobs"); small counts in words ("two sides") matter less.
  if (span.counted) return { kind: 'count', score: digits ? 7 : /^(?:one|two|three|deux|trois|zwei|drei|dos|tres|dois|duas|três|due|tre)\b/.test(lower) ? 5 : 6 };
  // "six-game road trip", "three-match ban", "11-game losing streak": a count made an adjective.
  if (/^(?:\d+|[a-z]+)-[a-z]+$/.test(lower) && !/-year-old$/.test(lower)) return { kind: 'count', score: digits ? 6.5 : 5.5 };
  if (/^\d+(?:st|nd|rd|th)$/.test(lower)) return { kind: 'count', score: 4 };
  if (!digits) return { kind: 'count', score: 2.5 };
  // Big or precise numbers tell more than a lone digit.
  if (has(lexicon.scales)) return { kind: 'count', score: 6.5 };
  // "at least 535", "roughly 400": a big number with its qualifier is a figure of the story.
  if (/\d{3,}|\d,\d{3}/.test(text) && has(lexicon.qualifiers)) return { kind: 'count', score: 6 };
  return { kind: 'count', score: /\d{2,}|\d[.,]\d/.test(text) ? 4.5 : 2.5 };
}

/** Normal form for spotting the same figure twice. */
const sameKey = (text: string): string => text.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ').replace(/[.,]$/, '');
const digitsOf = (text: string): string => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');

/**
 * Classifies, drops codes and repeats (the first occurrence keeps its
 * sentence) and orders the figures by what a reader needs: kind, a place in
 * the headline or the opening, and repeats. The first few that matter are
 * key facts; numbers of credit, dateline and published lines and of table
 * cells never are.
 */
export function rankFigures(analysis: Analysis, spans: FigureSpan[], title = ''): Figure[] {
  const { text, lexicon, furniture } = analysis;
  const seen = new Map<string, Ranked>();
  const ranked: Ranked[] = [];
  const sentences = Math.max(1, analysis.sentences.length);
  const titleDigits = new Set(digitsOf(title).split(' ').filter(Boolean));
  for (const span of spans) {
    const shown = text.slice(span.start, span.end).replace(/[,;:]$/, '').trim();
    if (!shown) continue;
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, span.start - 24), span.start);
    if (isCode(shown, before, text.slice(Math.max(0, span.start - 10), span.end + 10))) continue;
    // "1. Barcelona", "2 Martin Truex Jr.": a list number at the start of a line.
    if (/^\s*$/.test(before) && /^\d{1,2}\.?$/.test(shown) && /^[.)]?\s+\p{Lu}/u.test(text.slice(span.end, span.end + 3))) continue;
    const key = sameKey(shown);
    const again = seen.get(key);
    if (again) {
      again.score += again.keyable ? 0.5 : 0;
      continue;
    }
    const { kind, score } = classify(lexicon, shown, span, before);
    const furnished = within(furniture.credits, span.start) || within(furniture.tables, span.start);
    const lede = span.sentence < 3 ? 1.5 : 0;
    const position = 1.5 * (1 - span.sentence / sentences);
    const inTitle = digitsOf(shown).split(' ').some((d) => d && titleDigits.has(d)) ? 3 : 0;
    const entry: Ranked = {
      figure: { text: shown, kind, key: false, sentence: sentenceText(analysis, span.sentence) },
      score: furnished ? score - 20 : score + lede + position + inTitle,
      start: span.start,
      keyable: !furnished && score >= 4,
    };
    seen.set(key, entry);
    ranked.push(entry);
  }
  ranked.sort((a, b) => b.score - a.score || a.start - b.start);
  let keys = 0;
  for (const r of ranked) {
    if (keys >= MAX_KEY_NUMBERS || !r.keyable || r.score < KEY_SCORE) continue;
    r.figure.key = true;
    keys++;
  }
  return ranked.map((r) => r.figure);
}

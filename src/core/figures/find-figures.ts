import type { Analysis, Token } from './analyse-text';
import { CURRENCY_WORDS, MEASURE_UNITS, QUALIFIERS, SCALE_WORDS, TIME_UNITS } from './figure-lexicon';

/** A number or date in the text, before ranking. */
export interface FigureSpan {
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  /** Set off by commas right after a name ("Patrick Carlineo Jr., 55, could face"). */
  afterName: boolean;
}

const hasDigit = (token: Token): boolean => /\d/.test(token.text);
const isLinkish = (token: Token): boolean => /[/@#]|^https?:|\.(?:com|org|net)\b/i.test(token.text) || token.tags.has('Url');
const spaced = (token: Token): boolean => /^\s+$/.test(token.post) || token.post === '';
const hyphened = (token: Token): boolean => token.post === '-';

function isWordNumber(token: Token): boolean {
  return token.tags.has('TextValue') && !token.tags.has('Ordinal') && !SCALE_WORDS.has(token.key);
}

/** Where a figure may begin: a digit, a number word, a month or weekday, or "a year", "an hour". */
function isSeed(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!token.text || isLinkish(token)) return false;
  if (hasDigit(token)) return true;
  if (token.tags.has('Month') || token.tags.has('WeekDay')) return /^\p{Lu}/u.test(token.text);
  const next = tokens[i + 1];
  if ((token.key === 'a' || token.key === 'an') && next && TIME_UNITS.has(next.key) && spaced(token)) return true;
  if (!isWordNumber(token) || !next || !next.text) return false;
  // "one" is too often a pronoun ("one user quipped"): only in compounds such as "one-game".
  if (token.key === 'one') return hyphened(token);
  return hyphened(token) || (spaced(token) && next.key !== 'of' && !next.tags.has('Value') && /^\p{Ll}|^\p{Lu}/u.test(next.text));
}

/** Does the figure go on into the next word ("$8.8 billion", "August 6, 2020", "6:38 p.m.", "180-day")? */
function extendsInto(tokens: Token[], i: number, seenMonth: boolean): boolean {
  const current = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || next.sentence !== current.sentence || isLinkish(next)) return false;
  if (!next.text) return next.tags.has('NumberRange') || next.tags.has('Unit') || next.tags.has('Value');
  if (hyphened(current)) return /^[\p{L}\d]/u.test(next.text) && !/^\p{Lu}/u.test(next.text);
  const stopAbbrev = seenMonth && /^\.\s+$/.test(current.post) && current.tags.has('Month');
  // "August 6, 2020": a comma only between a day and a year.
  const dateComma = seenMonth && /^,\s+$/.test(current.post) && hasDigit(current) && /^(?:1[6-9]|20)\d\d$/.test(next.text);
  if (!spaced(current) && !stopAbbrev && !dateComma) return false;
  if (seenMonth && hasDigit(next) && /^\d{1,4}$/.test(next.text)) return true;
  if (hasDigit(next) && (current.tags.has('Month') || /^\d{1,2}$/.test(current.text)) && next.tags.has('Month')) return true;
  if (next.tags.has('Month') && /^\d{1,2}$/.test(current.text)) return true;
  return (
    SCALE_WORDS.has(next.key) ||
    CURRENCY_WORDS.has(next.key) ||
    TIME_UNITS.has(next.key) ||
    MEASURE_UNITS.has(next.key) ||
    next.key === 'percent' ||
    next.key === 'per' ||
    (current.key === 'per' && next.key === 'cent') ||
    /^[ap]\.m\.?$/.test(next.key) ||
    next.key === 'ago' ||
    (next.tags.has('Unit') && !next.tags.has('Verb'))
  );
}

/** Words before a figure that say how exact it is: "about", "more than", "up to", "mid-". */
function qualifierStart(tokens: Token[], from: number): number {
  let i = from;
  while (i > 0) {
    const previous = tokens[i - 1] as Token;
    if (previous.sentence !== (tokens[from] as Token).sentence) break;
    if (!QUALIFIERS.has(previous.key) || !(spaced(previous) || hyphened(previous)) || !previous.text) break;
    // "up to 10 years" qualifies; "rose up 3 percent" does not.
    if (previous.key === 'up' && tokens[i]?.key !== 'to') break;
    i--;
  }
  return i;
}

/**
 * Every span of the text that holds a number or a date. compromise's tags
 * find the seeds (values, months, weekdays, units); the spans are grown
 * here over the words that belong to them.
 */
export function findFigures(analysis: Analysis): FigureSpan[] {
  const { tokens } = analysis;
  const spans: FigureSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isSeed(tokens, i)) {
      i++;
      continue;
    }
    let to = i + 1;
    let seenMonth = (tokens[i] as Token).tags.has('Month');
    while (extendsInto(tokens, to - 1, seenMonth)) {
      seenMonth ||= (tokens[to] as Token).tags.has('Month');
      to++;
    }
    const from = qualifierStart(tokens, i);
    const words = tokens.slice(from, to).filter((t) => t.text);
    const first = words[0];
    const last = words[words.length - 1];
    i = to;
    if (!first || !last) continue;
    const before = tokens[from - 1];
    const afterName = !!before && /^\p{Lu}/u.test(before.text) && /^,\s+$/.test(before.post) && /^,/.test(last.post);
    spans.push({ from, to, start: first.start, end: last.end + (/^[ap]\.m$/.test(last.key) && last.post.startsWith('.') && !last.text.endsWith('.') ? 1 : 0), sentence: first.sentence, afterName });
  }
  return spans;
}

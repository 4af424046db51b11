import type { Analysis, Token } from './analyse-text';
import type { Lexicon } from './lexicon';

/** A number or date in the text, before ranking. */
export interface FigureSpan {
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  /** Set off by commas right after a name ("Patrick Carlineo Jr., 55, could face"). */
  afterName: boolean;
  /** The noun counted, when the figure is a count ("six soldiers"). */
  counted: boolean;
}

const hasDigit = (token: Token): boolean => /\d/.test(token.text);
const isLinkish = (token: Token): boolean => /[/@#]|^https?:|\.(?:com|org|net)\b/i.test(token.text) || token.tags.has('Url');
const spaced = (token: Token): boolean => /^\s+$/.test(token.post) || token.post === '';
const hyphened = (token: Token): boolean => token.post === '-';
const isYear = (text: string): boolean => /^(?:1[6-9]|20)\d\d$/.test(text);
const CURRENCY_SIGN = /^(?:[A-Z]{0,3}[$€£¥₩]|CHF|EUR|USD|GBP)$/;
// "de", "d'", "di", "of": between a scale and its currency ("3.000 millones de euros", "12 millions d'euros").
const UNIT_LINKS = new Set(['de', 'di', 'of', 'do', 'da']);
// What a count of people is of, when it is not a noun: "eight dead", "50 wounded".
// "3 per cent", "4 pour cent", "27 por ciento", "$2.53 per share": what a "per" joins a figure to.
const PER_WORDS = new Set(['per', 'pour', 'por']);
// prettier-ignore
const PER_WHAT = new Set(['cent', 'cento', 'ciento', 'share', 'capita', 'person', 'head', 'hour', 'day', 'week', 'month', 'year', 'barrel', 'ton', 'tonne', 'gallon', 'litre', 'liter', 'kilo', 'kg', 'mile', 'km']);
// Articles that stand for "one" before a scale word.
// prettier-ignore
const ONE_WORDS = new Set(['a', 'an', 'one', 'ein', 'eine', 'einer', 'un', 'une', 'uno', 'una', 'um', 'uma']);
// "three of the players", "eight of his 24 matches": a part of a whole, counted.
// prettier-ignore
const PART_OF = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);
// prettier-ignore
const SERIES_WORDS = new Set(['first', 'last', 'next', 'primeiros', 'primeiras', 'últimos', 'últimas', 'próximos', 'próximas', 'primeros', 'primeras', 'premiers', 'premières', 'derniers', 'dernières', 'prochains', 'prochaines', 'primi', 'prime', 'ultimi', 'ultime', 'prossimi', 'prossime', 'ersten', 'letzten', 'nächsten']);
// prettier-ignore
const COUNTED_STATES = new Set(['dead', 'killed', 'wounded', 'injured', 'missing', 'hurt', 'arrested', 'displaced', 'homeless']);

function isWordNumber(lexicon: Lexicon, token: Token): boolean {
  if (lexicon.numberWords.has(token.key)) return true;
  return lexicon.lang === 'en' && token.tags.has('TextValue') && !token.tags.has('Ordinal') && !lexicon.scales.has(token.key);
}

const isMonth = (lexicon: Lexicon, token: Token): boolean =>
  (lexicon.lang === 'en' ? token.tags.has('Month') : lexicon.months.has(token.key)) && /^\p{L}/u.test(token.text);
const isWeekday = (lexicon: Lexicon, token: Token): boolean => lexicon.weekdays.has(token.key);

/** Where a figure may begin: a digit, a number word, a month or weekday, or "a year", "an hour". */
function isSeed(lexicon: Lexicon, tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!token.text || isLinkish(token)) return false;
  if (hasDigit(token)) return true;
  if (isMonth(lexicon, token) || isWeekday(lexicon, token)) return /^\p{Lu}/u.test(token.text) || lexicon.lang !== 'en';
  const next = tokens[i + 1];
  if ((token.key === 'a' || token.key === 'an') && next && lexicon.timeUnits.has(next.key) && spaced(token) && lexicon.lang === 'en')
    return true;
  // "eine Milliarde Euro", "a billion dollars", "un milliard": an article counts before a scale word.
  if (ONE_WORDS.has(token.key) && next && spaced(token) && lexicon.scales.has(next.key) && next.key.length > 2) return true;
  if (!isWordNumber(lexicon, token) || !next || !next.text) return false;
  // "one" is too often a pronoun ("one user quipped"): only in compounds such as "one-game".
  if (token.key === 'one') return hyphened(token);
  const partOf = next.key === 'of' && lexicon.lang === 'en' && PART_OF.has(tokens[i + 2]?.key ?? '');
  return hyphened(token) || (spaced(token) && (next.key !== 'of' || partOf) && !next.tags.has('Value') && /^\p{L}/u.test(next.text));
}

/** Does the figure go on into the next word ("$8.8 billion", "August 6, 2020", "6:38 p.m.", "180-day", "400 000", "4,5 %")? */
function extendsInto(lexicon: Lexicon, tokens: Token[], i: number, seenMonth: boolean): boolean {
  const current = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || next.sentence !== current.sentence || isLinkish(next)) return false;
  if (!next.text) return next.tags.has('NumberRange') || next.tags.has('Unit') || next.tags.has('Value');
  if (hyphened(current)) return /^[\p{L}\d]/u.test(next.text) && (!/^\p{Lu}/u.test(next.text) || lexicon.lang === 'de');
  const stopAbbrev = seenMonth && /^\.\s+$/.test(current.post) && isMonth(lexicon, current);
  // "August 6, 2020": a comma only between a day and a year. "12. September": a German day's stop.
  const dateComma = seenMonth && /^,\s+$/.test(current.post) && hasDigit(current) && isYear(next.text);
  const dayStop = /^\d{1,2}$/.test(current.text) && /^\.\s+$/.test(current.post) && isMonth(lexicon, next);
  if (!spaced(current) && !stopAbbrev && !dateComma && !dayStop) return false;
  if (seenMonth && hasDigit(next) && /^\d{1,4}$/.test(next.text)) return true;
  if (hasDigit(next) && (isMonth(lexicon, current) || /^\d{1,2}$/.test(current.text)) && isMonth(lexicon, next)) return true;
  if (isMonth(lexicon, next) && /^\d{1,2}(?:er|º|ª)?$/.test(current.text)) return true;
  // "400 000 usagers", "1 500 postes": thousands set apart by a space.
  // English never groups thousands so ("roughly 400 737 Max jets" is two numbers).
  if (/^\d{1,3}$/.test(current.text) && /^\d{3}(?:[.,]\d+)?$/.test(next.text) && !seenMonth && lexicon.lang !== 'en') return true;
  // "25 de marzo", "1 de maio": a day, "de", a month.
  // "25 de marzo de 2024", "1 de maio": a day, "de", a month, "de", a year.
  const after = tokens[i + 2];
  const linkedDate = after && after.sentence === current.sentence && UNIT_LINKS.has(next.key);
  if (linkedDate && /^\d{1,2}$/.test(current.text) && isMonth(lexicon, after)) return true;
  if (linkedDate && isMonth(lexicon, current) && isYear(after.text)) return true;
  if (
    UNIT_LINKS.has(current.key) &&
    ((isMonth(lexicon, next) && /^\d{1,2}$/.test(tokens[i - 1]?.text ?? '')) || (seenMonth && isYear(next.text)))
  )
    return true;
  if (UNIT_LINKS.has(next.key) && (lexicon.scales.has(current.key) || hasDigit(current))) {
    const after = tokens[i + 2];
    return (
      !!after && spaced(next) && (lexicon.currencies.has(after.key) || (lexicon.scales.has(current.key) && lexicon.measures.has(after.key)))
    );
  }
  if (UNIT_LINKS.has(current.key)) return lexicon.currencies.has(next.key) || lexicon.measures.has(next.key);
  return (
    lexicon.scales.has(next.key) ||
    lexicon.currencies.has(next.key) ||
    lexicon.timeUnits.has(next.key) ||
    lexicon.measures.has(next.key) ||
    lexicon.percent.has(next.key) ||
    next.text === '%' ||
    (PER_WORDS.has(next.key) && PER_WHAT.has(tokens[i + 2]?.key ?? '')) ||
    (PER_WORDS.has(current.key) && PER_WHAT.has(next.key)) ||
    /^[ap]\.m\.?$/.test(next.key) ||
    next.key === 'ago' ||
    (lexicon.lang === 'en' && next.tags.has('Unit') && !next.tags.has('Verb'))
  );
}

/** Words before a figure that say how exact it is: "about", "more than", "up to", "mid-", "au moins"; and a currency sign ("R$ 250"). */
function qualifierStart(lexicon: Lexicon, tokens: Token[], from: number): number {
  let i = from;
  if (i > 0 && CURRENCY_SIGN.test((tokens[i - 1] as Token).text) && spaced(tokens[i - 1] as Token)) i--;
  while (i > 0) {
    const previous = tokens[i - 1] as Token;
    if (previous.sentence !== (tokens[from] as Token).sentence) break;
    // "plus de 40", "más de 3.000", "cerca de 3 mil": the link word belongs to the qualifier before it.
    const linked =
      UNIT_LINKS.has(previous.key) &&
      i > 1 &&
      lexicon.qualifiers.has((tokens[i - 2] as Token).key) &&
      (tokens[i - 2] as Token).sentence === previous.sentence;
    if (linked) {
      i -= 2;
      continue;
    }
    // "at least 33", "at most 5".
    const atLeast = previous.key === 'at' && (tokens[i]?.key === 'least' || tokens[i]?.key === 'most');
    if (!atLeast && (!lexicon.qualifiers.has(previous.key) || !(spaced(previous) || hyphened(previous)) || !previous.text)) break;
    // "up to 10 years" qualifies; "rose up 3 percent" does not.
    if (previous.key === 'up' && tokens[i]?.key !== 'to') break;
    i--;
  }
  return i;
}

/** A count shows its noun ("4,000 jobs", "six soldiers", "16 Kliniken"): the word after a bare number, when it is one. */
function countedNoun(lexicon: Lexicon, tokens: Token[], to: number, bare: boolean): number {
  if (!isNoun(lexicon, tokens, to, bare)) {
    // "80 new projects", "Six British civilians", "three high-ranking insurgents": one describing word before the noun.
    const between = tokens[to];
    if (!bare || !between || !spaced(between) || between.sentence !== (tokens[to - 1] as Token).sentence) return 0;
    if (lexicon.lang === 'en' && (between.tags.has('Adjective') || between.tags.has('Demonym')) && isNoun(lexicon, tokens, to + 1, true))
      return 2;
    // "90 gesetzlichen Krankenkassen": a German adjective, then the capitalised noun.
    if (
      lexicon.lang === 'de' &&
      /^\p{Ll}+$/u.test(between.text) &&
      !lexicon.notName.has(between.key) &&
      isNoun(lexicon, tokens, to + 1, true)
    )
      return 2;
    // "50 Airbus A350-900 jets", "30 Boeing jets", "two U.S. service members": a maker, a model or a country, then what is counted.
    if (lexicon.lang === 'en' && /^\p{Lu}/u.test(between.text)) {
      const pluralNoun = (t: Token | undefined): boolean =>
        !!t && t.sentence === between.sentence && /^\p{Ll}/u.test(t.text) && t.tags.has('Plural') && t.tags.has('Noun');
      for (let k = 1; k <= 3; k++) {
        const noun = tokens[to + k];
        const gap = tokens[to + k - 1] as Token;
        // A model number in between makes a code of the whole ("A350-900"): the count stays bare.
        if (!noun || noun.sentence !== between.sentence || !/^\s+$/.test(gap.post) || /\d/.test(noun.text)) break;
        if (pluralNoun(noun)) return k + 1;
        // "service members", "aid workers": a noun's modifier, then the plural.
        if (/^\p{Ll}/u.test(noun.text)) return /^\s+$/.test(noun.post) && pluralNoun(tokens[to + k + 1]) ? k + 2 : 0;
      }
    }
    return 0;
  }
  return 1;
}

function isNoun(lexicon: Lexicon, tokens: Token[], to: number, bare: boolean): boolean {
  const last = tokens[to - 1] as Token;
  const next = tokens[to];
  if (!bare || !next || !next.text || next.sentence !== last.sentence || !spaced(last) || isLinkish(next) || hasDigit(next)) return false;
  if (lexicon.notName.has(next.key) || next.key.length < 3 || isMonth(lexicon, next) || isWeekday(lexicon, next)) return false;
  // "38 Tigers", "5.4 million Jews": a capitalised plural is what is counted too.
  if (lexicon.lang === 'en' && /^\p{Lu}/u.test(next.text)) return next.tags.has('Plural') && !next.tags.has('Date');
  if (COUNTED_STATES.has(next.key)) return true;
  // "as 12 primeiras", "les 10 derniers", "die ersten 5": which of a series, not what is counted.
  if (SERIES_WORDS.has(next.key)) return false;
  if (lexicon.lang === 'en')
    return next.tags.has('Noun') && !next.tags.has('Adjective') && !next.tags.has('Pronoun') && !next.tags.has('ProperNoun');
  return lexicon.lang === 'de' ? /^\p{Lu}\p{Ll}/u.test(next.text) : /^\p{Ll}/u.test(next.text);
}

/**
 * Every span of the text that holds a number or a date. compromise's tags and
 * the language's words find the seeds (values, months, weekdays, units); the
 * spans are grown here over the words that belong to them, and a range or a
 * conversion in brackets is kept with the figure it belongs to.
 */
export function findFigures(analysis: Analysis): FigureSpan[] {
  const { tokens, lexicon, text } = analysis;
  const spans: FigureSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isSeed(lexicon, tokens, i)) {
      i++;
      continue;
    }
    let to = i + 1;
    let seenMonth = isMonth(lexicon, tokens[i] as Token);
    while (extendsInto(lexicon, tokens, to - 1, seenMonth)) {
      seenMonth ||= isMonth(lexicon, tokens[to] as Token);
      to++;
    }
    const seedText = (tokens[i] as Token).text;
    const lastText = (tokens[to - 1] as Token).key;
    const scaled = to === i + 2 && lexicon.scales.has(lastText);
    const grouped = tokens.slice(i, to).every((t) => /^\d[\d.,]*$/.test(t.text)); // "400 000"
    // "Twenty-five people", "Quarante-deux familles": a number in hyphened words counts its noun as one word would.
    const worded = to > i + 1 && tokens.slice(i, to).every((t, k) => isWordNumber(lexicon, t) && (k === to - i - 1 || hyphened(t)));
    const bare =
      (to === i + 1 || scaled || grouped || worded) &&
      (hasDigit(tokens[i] as Token) ? /^\d[\d.,]*$/.test(seedText) && !isYear(seedText) : isWordNumber(lexicon, tokens[i] as Token));
    // "three of the players", "eight of his 24 matches": the part and the whole are one figure.
    if (
      bare &&
      tokens[to]?.key === 'of' &&
      lexicon.lang === 'en' &&
      PART_OF.has(tokens[to + 1]?.key ?? '') &&
      (tokens[to + 1] as Token).sentence === (tokens[i] as Token).sentence
    ) {
      to += 2;
      if (/^\d[\d,]*$/.test(tokens[to]?.text ?? '')) to++;
    }
    const nounWords = countedNoun(lexicon, tokens, to, bare);
    const counted = nounWords > 0;
    to += nounWords;
    const from = qualifierStart(lexicon, tokens, i);
    const words = tokens.slice(from, to).filter((t) => t.text);
    const first = words[0];
    const last = words[words.length - 1];
    i = to;
    if (!first || !last) continue;
    const before = tokens[from - 1];
    const afterName = !!before && /^\p{Lu}/u.test(before.text) && /^,\s+$/.test(before.post) && /^,/.test(last.post);
    const end =
      last.end +
      (/^[ap]\.m$/.test(last.key) && last.post.startsWith('.') && !last.text.endsWith('.') ? 1 : 0) +
      (last.post.startsWith('%') ? 1 : 0);
    const span: FigureSpan = { from, to, start: first.start, end, sentence: first.sentence, afterName, counted };
    const previous = spans[spans.length - 1];
    if (
      previous &&
      previous.sentence === span.sentence &&
      (joinsPrevious(text, previous, span) || compoundDuration(analysis, previous, span))
    ) {
      previous.to = span.to;
      previous.end = span.end;
      previous.counted ||= span.counted;
      if (text[span.end] === ')') previous.end++;
      continue;
    }
    spans.push(span);
  }
  return spans;
}

/** "between 220 and 240kmh", "12. bis 13. September", "1.5million ($2.5million)": one figure, not two. */
function joinsPrevious(text: string, previous: FigureSpan, span: FigureSpan): boolean {
  const between = text.slice(previous.end, span.start);
  if (/^\s*\(\s*$/.test(between) && text[span.end] === ')') return true; // a conversion in brackets
  if (!/^\s*(?:and|to|-|–|bis|à|a|et|y|e|ou|o|al|au)\s*$/i.test(between)) return false;
  const head = text.slice(Math.max(0, previous.start - 12), previous.start).toLowerCase();
  const ranged = /(?:between|from|entre|zwischen|von|tra|fra|de|dal|da)\s+$/.test(head) || /^\s*(?:-|–|bis)\s*$/.test(between);
  return ranged && /^\D{0,3}\d[\d.,]*\.?$/.test(text.slice(previous.start, previous.end).replace(/^(?:between|from)\s+/i, ''));
}

/**
 * "6 anni e 4 mesi", "23 minutes and 32 seconds", "zwei Jahre und drei Monate": one
 * length of time in two units is one figure (a sentence, a drive's clock), not two.
 */
function compoundDuration({ text, tokens, lexicon }: Analysis, previous: FigureSpan, span: FigureSpan): boolean {
  if (!/^\s*(?:and|e|y|et|und)\s*$/i.test(text.slice(previous.end, span.start))) return false;
  const unitOf = (s: FigureSpan): string | undefined => {
    const last = tokens[s.to - 1];
    return last && s.to - s.from <= 4 && lexicon.timeUnits.has(last.key) ? last.key : undefined;
  };
  const first = unitOf(previous);
  const second = unitOf(span);
  return !!first && !!second && first !== second;
}

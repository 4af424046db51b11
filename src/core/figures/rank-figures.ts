import { sentenceText, type Analysis } from './analyse-text';
import { classifyFigure, wordsOf } from './classify-figure';
import { VAGUE_DATE_WORDS } from './figure-lexicon';
import type { FigureSpan } from './find-figures';
import { within } from './find-furniture';
import type { Figure } from './key-figures';
import { KEY_NUMBER_MODEL, type KeyNumberModel } from './key-number-model';

/**
 * What is never a key fact, on either side of the labels (weekdays 0 of 50, bare small numbers 0 of 11,
 * a month alone 2 of 16, a number word alone 2 of 30): a month, a weekday, a lone small number or number word.
 * Left to the model, a refit lets them into the key list of a story with few figures.
 */
const NEVER_KEY_TRAITS = new Set(['month', 'weekday', 'bare.small', 'word']);

/** At most this many figures are key facts; the rest are "All numbers". */
export const MAX_KEY_NUMBERS = 8;

// Letters that may follow digits in a figure ("11th", "1970s", "240kmh", "36mila", "80percent"); anything else makes a code ("802.11n", "777x").
const NUMBER_SUFFIX =
  /^(?:st|nd|rd|th|er|e|re|º|ª|a|o|s|k|m|bn|mn|km|kmh|kg|mph|mbps|gbps|gb|tb|mb|ghz|mhz|hz|mm|cm|ml|pm|am|h|hrs|fps|p|mp|mah|w|kw|mw|gw|kwh|v|nm|ft|lb|lbs|oz|mila|percent|million|billion|trillion|millions?|milliards?|jährigen?|minute|yard|game|day|year|hour)$/i;

/** A figure of the story before ranking: what is shown, and what the key-number model weighs. */
export interface FigureCandidate {
  figure: Figure;
  /** The model's features: the figure's trait, its place in the story, the headline, repeats, its neighbours. */
  features: Record<string, number>;
  start: number;
  /** False for numbers of credit, dateline and published lines and of table cells: they never rank as key facts. */
  keyable: boolean;
}

/** Product codes, model and version numbers, phone numbers, paragraph and list numbers: not figures of the story. */
function isCode(text: string, before: string, around: string): boolean {
  if (/§|\b(?:nr|no|art|abs|absatz)\.?\s*$/i.test(before) || /\p{L}-$/u.test(before)) return true; // "§ 68", "WX-200", "S-1"
  // A phone number ("800 123 4567", "020 7946 0958", "01 76 84 00 00"), not a number grouped in thousands ("12 500 000").
  if (
    /(?:^|[^\d.,])(?:0\d{1,3}|\d{3})[ -]\d{3,4}[ -]\d{4}(?:[^\d.,]|$)/.test(around) ||
    /(?:^|\D)0\d(?:[ .]\d\d){4}(?:\D|$)/.test(around) ||
    /^0\d{2,}$/.test(text)
  )
    return true;
  // "Boeing 787-9", "the 777 program": a model number after its maker's name.
  if (
    /\p{Lu}\p{Ll}+\s+$/u.test(before) &&
    !/(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\s+$/u.test(before) &&
    /^\d{3,4}(?:-\d{1,2})?(?:\s|$)/.test(text) &&
    !/^(?:1[6-9]|20)\d\d$/.test(text.split(/\s/)[0] ?? '')
  )
    return true;
  if (/^\d{3,}-\d$/.test(text)) return true;
  if (/\d{2,4}[ -]\d{2,4}[ -]\d{3,4}/.test(text) || /^0\d[\d -]{6,}$/.test(text)) return true;
  for (const word of text.split(/\s+/)) {
    if (/^\p{L}+-?\d/u.test(word) && !/^[A-Z]{0,3}[$€£¥₩]/.test(word)) return true; // "WNHDEB111", "HL7", "S-1", "Twenty20"
    const tail = /\d([\p{L}]+)$/u.exec(word.replace(/['’]s$/, ''));
    if (tail && !NUMBER_SUFFIX.test(tail[1] ?? '')) return true; // "802.11n", "777x"
    if (/^\d+\.\d+\.\d+/.test(word) && !/^\d{4}\.\d\d\.\d\d$/.test(word)) return true; // version numbers
    if (/^\d+(?:\.\d+)+\.?\p{L}{1,2}$/u.test(word)) return true; // "802.11n", "802.11.n": a standard
  }
  return false;
}

/** Normal form for spotting the same figure twice. */
const sameKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[.,]$/, '');
const digitsOf = (text: string): string => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');

/** Is a quotation open at this point of its line ("“We lost 40 people,” she said")? */
function quoteOpen(text: string, lineStart: number, at: number): boolean {
  const before = text.slice(lineStart, at);
  const opens = (before.match(/[“«„]/g) ?? []).length;
  const closes = (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

/** Is a bracket open at this point of its line ("The Eagles (6-5, 3-4) snapped")? */
function parenOpen(text: string, lineStart: number, at: number): boolean {
  const before = text.slice(lineStart, at);
  return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
}

/** How many digits the figure's largest number has, before any decimals ("8.8 billion" counts its scale word as nine). */
function magnitude(text: string, scaled: boolean): number {
  const groups = text.match(/\d[\d.,\s]*\d|\d/g) ?? [];
  let most = 0;
  for (const g of groups) {
    const whole = g
      .replace(/\s/g, '')
      .replace(/[.,]\d{1,2}$/, '')
      .replace(/[.,]/g, '');
    most = Math.max(most, whole.length);
  }
  return Math.min(1, (most + (scaled ? 6 : 0)) / 10);
}

/**
 * Every figure of the story once (the first occurrence keeps its sentence),
 * with codes, phone and list numbers dropped and the features the key-number
 * model weighs: its trait, a place in the headline or the opening, repeats,
 * a qualifier, its size, how crowded its sentence and line are, a quotation
 * around it, whether others of its kind came before, and how many figures the story has.
 */
export function figureCandidates(analysis: Analysis, spans: FigureSpan[], title = ''): FigureCandidate[] {
  const { text, lexicon, furniture } = analysis;
  const seen = new Map<string, FigureCandidate>();
  const candidates: FigureCandidate[] = [];
  const sentences = Math.max(1, analysis.sentences.length);
  const titleDigits = new Set(digitsOf(title).split(' ').filter(Boolean));
  const perSentence = new Map<number, number>();
  for (const span of spans) perSentence.set(span.sentence, (perSentence.get(span.sentence) ?? 0) + 1);
  for (const span of spans) {
    const shown = text
      .slice(span.start, span.end)
      .replace(/[,;:]$/, '')
      .trim();
    if (!shown) continue;
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, span.start - 24), span.start);
    if (isCode(shown, before, text.slice(Math.max(0, span.start - 10), span.end + 10))) continue;
    // "1. Barcelona", "2 Martin Truex Jr.": a list number at the start of a line.
    if (/^\s*$/.test(before) && /^\d{1,2}\.?$/.test(shown) && /^[.)]?\s+\p{Lu}/u.test(text.slice(span.end, span.end + 3))) continue;
    const key = sameKey(shown);
    const again = seen.get(key);
    if (again) {
      again.features.repeats = Math.min(1, (again.features.repeats ?? 0) + 1 / 3);
      continue;
    }
    const { kind, trait } = classifyFigure(lexicon, shown, span, before);
    const words = wordsOf(shown);
    const lineEnd = text.indexOf('\n', span.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const scaled = words.some((w) => lexicon.scales.has(w));
    const features: Record<string, number> = {
      [`trait.${trait}`]: 1,
      lede: span.sentence < 3 ? 1 : 0,
      position: 1 - span.sentence / sentences,
      title: digitsOf(shown)
        .split(' ')
        .some((d) => d && titleDigits.has(d))
        ? 1
        : 0,
      repeats: 0,
      qualified: lexicon.qualifiers.has(words[0] ?? '') || /^at (?:least|most)\b/i.test(shown) ? 1 : 0,
      scaled: scaled ? 1 : 0,
      magnitude: magnitude(shown, scaled),
      vague: words.some((w) => VAGUE_DATE_WORDS.has(w)) ? 1 : 0,
      crowd: Math.min(4, (perSentence.get(span.sentence) ?? 1) - 1) / 4,
      shortLine: line.trim().split(/\s+/).length < 10 && !/[.!?]["”»]?\s*$/.test(line) ? 1 : 0,
      // Inside brackets: an aside (a team's record "(6-5, 3-4)", a conversion, an earlier figure), not the story's own claim.
      bracketed: parenOpen(text, lineStart, span.start) ? 1 : 0,
      // Inside a quotation: what someone said, more often colour than a fact of the story.
      quoted: quoteOpen(text, lineStart, span.start) ? 1 : 0,
    };
    const entry: FigureCandidate = {
      figure: { text: shown, kind, key: false, sentence: sentenceText(analysis, span.sentence) },
      features,
      start: span.start,
      keyable:
        !NEVER_KEY_TRAITS.has(trait) &&
        !within(furniture.credits, span.start) &&
        !within(furniture.tables, span.start) &&
        !within(furniture.embeds, span.start),
    };
    seen.set(key, entry);
    candidates.push(entry);
  }
  // A story with few numbers: each one it gives matters more; one full of them (results, tables) keeps fewer.
  const keyable = candidates.filter((c) => c.keyable).length;
  const ofKind = new Map<string, number>();
  for (const c of candidates) {
    c.features.fewFigures = Math.min(1, 3 / Math.max(1, keyable));
    c.features.manyFigures = Math.min(1, keyable / 40);
    // The first amount, share or count the story gives leads; the fifth of its kind is detail.
    const seenOfKind = ofKind.get(c.figure.kind) ?? 0;
    c.features.laterOfKind = Math.min(1, seenOfKind / 4);
    if (c.keyable) ofKind.set(c.figure.kind, seenOfKind + 1);
  }
  return candidates;
}

/** The model's score of a candidate: its bias plus the weights of its features. */
export function scoreCandidate(candidate: FigureCandidate, model: KeyNumberModel = KEY_NUMBER_MODEL): number {
  let score = model.bias;
  for (const [name, value] of Object.entries(candidate.features)) score += (model.weights[name] ?? 0) * value;
  return score;
}

/**
 * The figures in the order a reader needs them, by the model's score: the
 * first few at or above its threshold (at most MAX_KEY_NUMBERS) are the key
 * facts. Numbers of credit lines and table cells are listed last and never key.
 */
export function rankCandidates(candidates: FigureCandidate[], model: KeyNumberModel = KEY_NUMBER_MODEL): Figure[] {
  const scored = candidates.map((c) => ({ c, score: c.keyable ? scoreCandidate(c, model) : -Infinity }));
  scored.sort((a, b) => b.score - a.score || a.c.start - b.c.start);
  let keys = 0;
  return scored.map(({ c, score }) => {
    const key = keys < MAX_KEY_NUMBERS && score >= model.threshold;
    if (key) keys++;
    return { ...c.figure, key };
  });
}

/** Classifies, drops codes and repeats, and orders the figures by what a reader needs; the first few that matter are key facts. */
export function rankFigures(analysis: Analysis, spans: FigureSpan[], title = ''): Figure[] {
  return rankCandidates(figureCandidates(analysis, spans, title));
}

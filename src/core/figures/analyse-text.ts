import nlp from 'compromise';
import { findFurniture, type Furniture } from './find-furniture';
import type { Lexicon } from './lexicon';

/** One word as compromise tagged it, placed in the input text. */
export interface Token {
  /** The word as written (compromise's term text): may carry a possessive, never surrounding punctuation. */
  text: string;
  /** Lower case, without a possessive or trailing period: the form the lexicon is keyed on. */
  key: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after, as compromise split them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token and one past its last. */
  from: number;
  to: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** The words of the text's language. */
  lexicon: Lexicon;
  /** Credit, dateline and table lines. */
  furniture: Furniture;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

const EDGE_PUNCTUATION = /^[()[\]{}"“”‘]+|[()[\]{}"“”]+$/gu;
// "?s": a possessive whose apostrophe a wrong encoding turned into a question mark.
const POSSESSIVE = /(?:['’?]s|s['’])$/;
// French and Italian elide an article into the word: "l'imprenditore", "d'euros", "dell'alluvione".
const ELISION = /^(?:l|d|j|n|s|qu|dell|all|dall|nell|sull|un)['’](?=\p{L})/iu;

/** The lexicon key of a word: "Austin’s" → "austin", "Gov." → "gov". */
export function keyOf(word: string): string {
  return word
    .replace(ELISION, '')
    .replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''))
    .replace(/\.$/, '')
    .toLowerCase();
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const NUMBER_TAGS: ReadonlySet<string> = new Set(['Value', 'Cardinal', 'NumericValue']);
const WORD_TAGS: ReadonlySet<string> = new Set(['Noun']);

// A lowercase function word after a full stop continues the sentence: the stop is a stray ("a litany. of questions").
const CONTINUATION = /^(?:of|and|or|but|to|in|on|for|with|at|by|from|the|a|an)$/;

/**
 * Tags the text once with compromise (its tokens and sentences serve every
 * language; its name lexicon knows most European first names) and places every word in it, so later
 * passes work on offsets and never re-parse. Sentences are compromise's, with
 * splits at stray full stops undone.
 */
export function analyseText(text: string, lexicon: Lexicon): Analysis {
  const doc = nlp(text) as unknown as { docs: Term[][] };
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const terms of doc.docs) {
    const from = tokens.length;
    for (const term of terms) {
      // compromise sometimes leaves a bracket or quote on a word ("18)"): the word is what lies inside.
      // A sign at the end of a sentence comes with its stop and the line break ("66 %.\n\n"): the word is the sign.
      const word = term.text
        .replace(EDGE_PUNCTUATION, '')
        .trimEnd()
        .replace(/^([%‰])[.,;:!?]+$/u, '$1');
      // compromise keeps each word's text verbatim; find it from where the last one ended.
      const found = word ? text.indexOf(word, cursor) : -1;
      // Chinese, Japanese and Thai write no spaces: compromise keeps a whole clause as one word ("120人が負傷した").
      // Its numbers are split out, so they are still found; its names are not looked for (the language is not read).
      if (found >= 0 && UNSPACED_SCRIPT.test(word) && /\d/.test(word)) {
        const pieces = [...word.matchAll(/\d(?:[\d,.]*\d)?|(?<=\d)\D|\D+/gu)]; // the number, its counter ("人", "日"), the rest
        pieces.forEach((piece, k) => {
          const digits = /\d/.test(piece[0]);
          tokens.push({
            text: piece[0],
            key: piece[0].toLowerCase(),
            start: found + (piece.index ?? 0),
            end: found + (piece.index ?? 0) + piece[0].length,
            pre: k === 0 ? term.pre : '',
            post: k === pieces.length - 1 ? term.post : ' ',
            tags: digits ? NUMBER_TAGS : WORD_TAGS,
            sentence: sentences.length,
          });
        });
        cursor = found + word.length;
        continue;
      }
      const start = found >= 0 ? found : cursor;
      const end = found >= 0 ? start + word.length : cursor;
      cursor = end;
      tokens.push({
        text: found >= 0 ? word : '',
        key: keyOf(word),
        start,
        end,
        pre: term.pre,
        post: term.post,
        tags: term.tags,
        sentence: sentences.length,
      });
    }
    const to = tokens.length;
    const words = tokens.slice(from, to).filter((t) => t.text);
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) continue;
    const trailing = /^[^\s]*/.exec(last.post)?.[0] ?? '';
    const sentence = { start: first.start, end: Math.min(text.length, last.end + trailing.length), from, to };
    const previous = sentences[sentences.length - 1];
    if (previous && continuesPrevious(text, previous, first)) {
      previous.end = sentence.end;
      previous.to = to;
      for (let i = from; i < to; i++) (tokens[i] as Token).sentence = sentences.length - 1;
    } else {
      sentences.push(sentence);
    }
  }
  return { text, tokens, sentences, lexicon, furniture: findFurniture(text, lexicon) };
}

function continuesPrevious(text: string, previous: Sentence, first: Token): boolean {
  const between = text.slice(previous.end, first.start);
  if (between.includes('\n')) return false;
  // "secretary general . highest-ranking": a stop with a space before it is a typo, not an ending.
  if (/^\s+\.\s*$/.test(between)) return true;
  return CONTINUATION.test(first.text) && /[a-z]/.test(first.text[0] ?? '');
}

/** The sentence's text: an exact substring of the input. */
export function sentenceText(analysis: Analysis, index: number): string {
  const sentence = analysis.sentences[index];
  return sentence ? analysis.text.slice(sentence.start, sentence.end) : '';
}

import { CJK_FUNCTION_CHARS, STOP_WORDS } from './stop-words';

const LISTS = Object.values(STOP_WORDS).map((words) => new Set(words.split(' ')));
const CJK = new Set(CJK_FUNCTION_CHARS);

export interface ProseQuality {
  /** Words per sentence, over 25 (capped at 1.5): stories run 15-25, menus and specs 2-5. */
  sentenceLength: number;
  /** Share of words that are function words, in the best-matching language: prose about .4, lists under .15. */
  stopShare: number;
}

/**
 * How much a text reads like running prose, in any of the languages the
 * stop-word lists cover (and in Chinese and Japanese by their function
 * characters). Reads at most the first 20,000 characters.
 */
export function proseQuality(text: string): ProseQuality {
  const sample = text.slice(0, 20_000);
  const sentences = sample.split(/[.!?。！？]+(?:\s|$)|[。！？]/).filter((s) => /\p{L}/u.test(s)).length;
  const cjk = sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? [];
  if (cjk.length > sample.length / 4) {
    // About one character in two words' worth: a Chinese sentence of 30 characters is about 18 words.
    const fn = cjk.filter((c) => CJK.has(c)).length;
    return {
      sentenceLength: Math.min(1.5, (cjk.length * 0.6) / Math.max(1, sentences) / 25),
      stopShare: Math.min(1, (fn / cjk.length) * 2.5),
    };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { sentenceLength: 0, stopShare: 0 };
  let best = 0;
  for (const list of LISTS) {
    let n = 0;
    for (const w of words) if (list.has(w)) n++;
    if (n > best) best = n;
  }
  return { sentenceLength: Math.min(1.5, words.length / Math.max(1, sentences) / 25), stopShare: best / words.length };
}

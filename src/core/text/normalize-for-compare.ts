/**
 * Text reduced to what a reader would call "the same words": case, accents,
 * punctuation, quotes and spacing ignored. Used to find repeated headlines and
 * repeated blocks.
 */
export function normalizeForCompare(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a normalized string. */
export function words(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Count words the way a reader would: runs of letters or digits; each CJK character counts as one (those scripts put no spaces between words). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return cjk + rest;
}

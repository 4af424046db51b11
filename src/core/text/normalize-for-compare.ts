/**
 * Text reduced to what a reader would call "the same words": case, accents,
 * punctuation, quotes and spacing ignored. Used to find repeated headlines and
 * repeated blocks.
 */
// Plain ASCII needs no Unicode decomposition: most English text takes the short way.
const ASCII = /^[ -~\s]*$/;

export function normalizeForCompare(text: string): string {
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether normalizeForCompare(text) would have more than n words, found
 * without normalizing (the cost of the cleaning passes was normalizing every
 * paragraph only to see it is too long): each run of non-space characters
 * holding a letter or a digit becomes at least one word, so more than n such
 * runs is more than n words. Returns false when it cannot tell cheaply.
 */
export function moreWordsThan(text: string, n: number): boolean {
  const re = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;
  let count = 0;
  while (re.exec(text)) if (++count > n) return true;
  return false;
}

/** Words of a normalized string. */
export function words(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Count words the way a reader would: runs of letters or digits; each CJK character counts as one (those scripts put no spaces between words). */
export function countWords(text: string): number {
  if (ASCII.test(text)) return text.match(/[a-zA-Z0-9][a-zA-Z0-9'-]*/g)?.length ?? 0;
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return cjk + rest;
}

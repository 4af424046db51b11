import { describe, expect, it } from 'vitest';
import { countWords, normalizeForCompare } from '../../../src/core/text/normalize-for-compare';

// The general path, as it was before the ASCII shortcut: the shortcut must give the same answers.
const slowNormalize = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const slowCount = (t: string) => t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

describe('normalizeForCompare and countWords on ASCII text', () => {
  it('agree with the Unicode path on every ASCII character in random strings', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rand() * 40) }, () => String.fromCharCode(Math.floor(rand() * 128))).join('');
      expect(normalizeForCompare(s)).toBe(slowNormalize(s));
      expect(countWords(s)).toBe(slowCount(s));
    }
  });
  it('still folds accents and counts CJK characters outside ASCII', () => {
    expect(normalizeForCompare('Publié le 3 mars')).toBe('publie le 3 mars');
    expect(countWords('東京 is big')).toBe(4);
  });
});

/**
 * The numbers of extend-to-siblings.ts, as data. Set by hand and measured on
 * all three corpora at once (bench/QUALITY.md, "Extending the container").
 */
export const EXTEND = {
  /** A paragraph taken in has at least this many words… */
  minWords: 20,
  /** …and at most this share of its letters in links. */
  maxLinkDensity: 0.25,
  /** Visible words allowed between it and the paragraph beside it (a caption, an advertisement label). */
  maxGapWords: 25,
  /** Levels from each paragraph up to their common ancestor. */
  maxLevels: 3,
  /** Paragraphs taken in, in all. */
  maxAdded: 12,
  /** A paragraph recognized in the structured articleBody has at least this many characters. */
  minStatedChars: 40,
  /** A paragraph whose first or last this many characters the article already holds is the article's own, rewritten. */
  overlapChars: 40,
  /** Paragraphs of the page looked at on each side (empty ones too) before the walk gives up. */
  maxSeen: 40,
} as const;

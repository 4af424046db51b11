import type { ArticleBlock } from './rules/mark-blocks';

/** The clean article, as the reader pipeline gives it: plain JSON, safe to pass between contexts. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Sanitized HTML of the article body, without the title. */
  html: string;
  /** Plain text of the body, blocks separated by blank lines, without the title. */
  text: string;
  wordCount: number;
  url: string;
  /**
   * The blocks of the body with the shape each had in the page, for "Remove
   * this block" (core/rules). Only when the pipeline was given the site's
   * rules (the reader always gives them, the command-line tool never).
   */
  blocks?: ArticleBlock[];
  /** How many blocks the site's rules removed, and how many rules were not applied since they would take too much. */
  rules?: { removed: number; refused: number };
}

/** Why there is no article. Each reason has its own message in the UI. */
export type FailureReason =
  | 'not-article' // Readability found no article body
  | 'loading' // the document has not finished parsing
  | 'not-html' // the input is not an HTML document (binary, PDF, plain text)
  | 'restricted' // the browser does not let extensions read this page
  | 'error'; // anything unexpected: the message says what

export interface ExtractFailure {
  ok: false;
  reason: FailureReason;
  message: string;
}

export type ExtractResult = { ok: true; article: Article } | ExtractFailure;

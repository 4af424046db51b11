/**
 * The page as the snapshot script hands it over: plain JSON, no DOM. The
 * script injected into the tab only takes this (serialize-document.ts);
 * everything else (the inert copy, the decision, Readability, cleaning,
 * sanitizing, key figures) runs in an extension page, off the page's thread.
 */
export interface SnapshotRequest {
  /** Chosen by the asking page at random; an answer that does not carry it was not asked for. */
  nonce: string;
  /** The most characters of HTML to take: past it the snapshot ends at a block boundary. */
  maxChars: number;
}

export interface PageSnapshot {
  nonce: string;
  /** The page's address (location.href) and the base its relative links resolve against. */
  url: string;
  baseUrl: string;
  /** The rendered document as HTML: open shadow roots flattened in, current picture sources, no scripts or styles. */
  html: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The page was longer than maxChars: html ends at a block boundary before its end. */
  truncated: boolean;
  /** What the reader had selected, as HTML (selection-html.ts), or null: then the reader reads that instead of the article. */
  selection?: string | null;
}

/** What the page can say instead of a snapshot: it is still loading, or not an HTML page at all. */
export interface SnapshotRefusal {
  nonce: string;
  reason: 'loading' | 'not-html';
  message: string;
}

/**
 * The first answer carries the first part of the HTML and the whole length
 * (`total`); the asking page fetches the rest part by part (`part`). One 20 MB
 * answer held the page's thread for seconds in Chromium while the browser
 * converted it; a part of SNAPSHOT_PART_CHARS costs it milliseconds.
 */
export type SnapshotAnswer = { ok: true; snapshot: PageSnapshot; total: number } | ({ ok: false } & SnapshotRefusal);

/** The size of one part of a snapshot's HTML as it crosses from the tab, in characters. */
export const SNAPSHOT_PART_CHARS = 256 * 1024;

/**
 * The cap on a snapshot, in characters. The 20 MB page of bench:pathological
 * fits; past this a page is comments and lists below its story, and the
 * message carrying it between contexts (JSON in Chromium, a structured
 * clone in Firefox) grows with it.
 */
export const MAX_SNAPSHOT_CHARS = 24_000_000;

/**
 * Every script the extension injects into a tab or registers with the
 * browser, in one place: its built file, its source, the name of the entry
 * point it leaves in the content script's isolated world, and the types of
 * what goes in and comes out. vite.config.ts builds from this list and the
 * platform layer injects from it, so no other file spells a script's path.
 * Answers come back from inside pages we do not trust: each is checked on
 * arrival (parseSnapshot for the snapshot, parseReaderOutcome below).
 */
import type { ReaderText } from '../i18n/reader-text';
import type { SnapshotAnswer, SnapshotRequest } from '../snapshot/page-snapshot';

export const SCRIPTS = {
  /** Injected by the popup and the full tab: the page's snapshot, nothing processed. */
  snapshot: { file: 'content/snapshot.js', source: 'src/content/snapshot-page.ts', kind: 'injected', global: '__articleCleanerSnapshot' },
  /**
   * Injected by the background (shortcut, context-free toggle, automatic open): the reader inside the page. It
   * renders what the background's reading sends back (reader-work.ts) and never reads the page itself.
   */
  inPageReader: {
    file: 'content/in-page-reader.js',
    source: 'src/content/in-page-reader.ts',
    kind: 'injected',
    global: '__articleCleanerReader',
  },
  /**
   * Injected by the background once the in-page reader shows its article, into the same isolated world: the
   * outline, Edit, the toolbar and the key-figures panel, which the first paint does not need.
   */
  readerTools: {
    file: 'content/reader-tools.js',
    source: 'src/content/reader-tools.ts',
    kind: 'injected',
    global: '__articleCleanerReaderTools',
  },
  /** Registered on the chosen sites: the first, cheap stage of the automatic decision. */
  autoReader: { file: 'content/auto-reader.js', source: 'src/content/auto-reader.ts', kind: 'registered', global: null },
  /** Injected when the in-page reader opens, and run by the extension pages: the dyslexia font's faces. */
  readerFont: { file: 'content/reader-font.js', source: 'src/content/reader-font.ts', kind: 'injected', global: '__articleCleanerFont' },
  /**
   * The in-page reader's reading (an ES module built with the pages): Chrome's offscreen document loads it,
   * Firefox's background page imports it by this path. Never injected into a tab.
   */
  readerWork: { file: 'offscreen/reader-work.js', source: 'src/offscreen/reader-work.ts', kind: 'module', global: null },
  /** The service worker (Chrome) or event page (Firefox); manifest.json names the same file (a test checks). */
  background: { file: 'background.js', source: 'src/background/background.ts', kind: 'background', global: null },
} as const;

export type ScriptName = keyof typeof SCRIPTS;

/** The path to give scripting.executeScript and registerContentScripts: absolute, since Firefox resolves a relative one against the calling page. */
export function scriptPath(name: ScriptName): string {
  return `/${SCRIPTS[name].file}`;
}

/** What the in-page reader's open() is told. An automatic open carries the address of the page that asked. */
export interface ReaderOpenOptions {
  auto: boolean;
  paywalled?: boolean;
  articleSignals?: boolean;
  url?: string;
}

/**
 * Every answer the in-page reader gives. 'needs-reading': the page hides the extension API from the reader
 * (an element named "chrome"), so it cannot ask for its article; the background reads the page itself and
 * hands the answer to show().
 */
// prettier-ignore
export const READER_OUTCOMES = ['opened', 'already-open', 'closed', 'not-article', 'not-chosen', 'error', 'needs-reading'] as const;
export type ReaderOutcome = (typeof READER_OUTCOMES)[number];

/** The entry points, as each script defines them. */
export interface EntryPoints {
  snapshot: {
    take(request: SnapshotRequest): Promise<SnapshotAnswer>;
    /** The HTML of the snapshot taken for `nonce` from `offset`, one part long; null once it is all handed over (then it is dropped). */
    part(nonce: string, offset: number): string | null;
  };
  /**
   * `text`: the reader's own interface text, translated by the background (core/i18n/reader-text.ts, checked on
   * arrival); without it the reader asks the browser's i18n for each message.
   */
  inPageReader: {
    open(options: ReaderOpenOptions, text?: ReaderText): Promise<ReaderOutcome>;
    close(): Promise<ReaderOutcome>;
    toggle(text?: ReaderText): Promise<ReaderOutcome>;
    /** The answer to a 'needs-reading' (a ReadAnswer, checked on arrival): shown, or said why not. */
    show(answer: unknown, text?: ReaderText): Promise<ReaderOutcome>;
  };
  readerFont: { add(): void; remove(): void };
  /**
   * Called by the in-page reader in the same isolated world with live objects of the reader (its shadow root,
   * its settings): typed as ReaderToolsContext in src/content/reader-tools-context.ts; nothing here crosses a context.
   */
  readerTools: { mount(context: never): Promise<void> };
}

/**
 * The in-page reader's answer as it arrived: one of its outcomes, 'missing'
 * when its entry point was not there (the script failed to load), or
 * 'invalid' for anything else.
 */
export function parseReaderOutcome(value: unknown): ReaderOutcome | 'missing' | 'invalid' {
  if (value === 'missing') return 'missing';
  return (READER_OUTCOMES as readonly unknown[]).includes(value) ? (value as ReaderOutcome) : 'invalid';
}

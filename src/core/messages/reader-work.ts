/**
 * The in-page reader's reading, off the page's thread: what the reader in
 * the tab asks the background for, and what comes back. The background
 * takes the page's snapshot itself (content/snapshot.js, through the same
 * checked contract as the popup's), has it read in an extension context (an
 * offscreen document in Chrome, the background page in Firefox), and answers
 * with the sanitized article only. Everything that arrives here crossed a
 * context boundary and is checked before use (the page is hostile; the
 * message is ours, but its HTML is re-sanitized where it becomes DOM).
 */
import type { Article, ExtractFailure, FailureReason } from '../article';
import type { ArticleBlock } from '../rules/mark-blocks';
import type { Figure, FigureKind, KeyFigures, Person } from '../figures/key-figures';
import { parseShape, type BlockShape } from '../rules/block-shape';
import type { PageSnapshot } from '../snapshot/page-snapshot';
import { parseReaderText, type ReaderText } from '../i18n/reader-text';
import type { ArticleHeading } from '../meta/article-heading';
import { parseHtmlCuts, type HtmlCuts } from '../sanitize/html-cuts';

/** How the reader was opened: by the user (the shortcut, a toggle) or by the automatic reader, with what its first stage saw. */
export interface ReadRequest {
  auto: boolean;
  paywalled: boolean;
  articleSignals: boolean;
  /**
   * The reader's own fixes for the page's site ("Remove this block"), applied by the pipeline within its
   * guard. Always set by the background from storage (background/read-in-tab.ts), never taken from the page.
   */
  siteRules?: BlockShape[];
  /**
   * The reader's words in the user's language, for the meta line made with the reading ("4 min read"). Set by the
   * background (which has the browser's i18n; Chrome's offscreen document has none), never taken from the page.
   */
  text?: ReaderText;
}

/** At most this many shapes cross with a reading (a site keeps at most 30, site-rules.ts). */
const MAX_SITE_RULES = 30;

/**
 * The reading's answer: the article (and whether the page was cut at the snapshot's cap), or why there is none.
 * `heading`: the title block's words, finished with the reading, so the page carries no meta rules; `selection`:
 * the article is the text the user had selected (read as it is), not the page's story; `cuts`: where the reader
 * in the tab may parse the article's HTML in pieces (html-cuts.ts).
 */
export type ReadAnswer =
  { ok: true; article: Article; truncated: boolean; heading?: ArticleHeading; selection?: boolean; cuts?: HtmlCuts } | ExtractFailure;

/** What the key figures are computed from: the article's text as shown, never the page. */
export interface FiguresRequest {
  text: string;
  title: string;
  lang: string | null;
}

/** The messages the background sends the reading context (Chrome's offscreen document). */
export type WorkMessage =
  | { target: 'reader-work'; type: 'read'; snapshot: PageSnapshot; request: ReadRequest }
  | { target: 'reader-work'; type: 'figures'; request: FiguresRequest };

/** The figures are computed from at most this much text (compute-key-figures reads 30,000 characters of it). */
export const MAX_FIGURES_TEXT = 200_000;
/** An article bigger than this is not what a reader shows: the answer is refused as malformed. */
export const MAX_ARTICLE_HTML = 24_000_000;

const REASONS: readonly FailureReason[] = ['not-article', 'loading', 'not-html', 'restricted', 'error'];

const str = (x: unknown, max: number): string | null => (typeof x === 'string' && x.length <= max ? x : null);
const opt = (x: unknown, max: number): string | null => (typeof x === 'string' ? x.slice(0, max) : null);

/** The answer as it arrived in the tab: one of the two shapes, every field checked, or an error saying it was not. */
export function parseReadAnswer(value: unknown): ReadAnswer {
  const bad: ExtractFailure = { ok: false, reason: 'error', message: 'The reader got no article it could use.' };
  if (!value || typeof value !== 'object') return { ...bad, message: 'The reader could not reach the extension.' };
  const v = value as Record<string, unknown>;
  if (v.ok === false) {
    const reason = REASONS.includes(v.reason as FailureReason) ? (v.reason as FailureReason) : 'error';
    return { ok: false, reason, message: opt(v.message, 2000) ?? '' };
  }
  const a = v.article as Record<string, unknown> | undefined;
  if (v.ok !== true || !a || typeof a !== 'object') return bad;
  const title = str(a.title, 10_000);
  const html = str(a.html, MAX_ARTICLE_HTML);
  const text = str(a.text, MAX_ARTICLE_HTML);
  const url = str(a.url, 8192);
  if (title === null || html === null || text === null || url === null) return bad;
  const article: Article = {
    title,
    html,
    text,
    url,
    byline: opt(a.byline, 2000),
    siteName: opt(a.siteName, 2000),
    publishedTime: opt(a.publishedTime, 200),
    lang: opt(a.lang, 40),
    dir: a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : null,
    excerpt: opt(a.excerpt, 10_000),
    wordCount: Number.isSafeInteger(a.wordCount) && (a.wordCount as number) >= 0 ? (a.wordCount as number) : 0,
  };
  // Each block's shape, so Edit in the in-page reader can remember a removal for the site as the popup's does.
  const blocks = parseBlocks(a.blocks);
  if (blocks) article.blocks = blocks;
  const heading = parseHeading(v.heading);
  const cuts = parseHtmlCuts(v.cuts, html.length);
  return {
    ok: true,
    article,
    truncated: v.truncated === true,
    ...(v.selection === true ? { selection: true } : {}),
    ...(heading ? { heading } : {}),
    ...(cuts ? { cuts } : {}),
  };
}

/** At most this many parts in the meta line (site, byline, agency, date, reading time). */
const MAX_META_PARTS = 8;

function parseHeading(value: unknown): ArticleHeading | null {
  const o = (value ?? {}) as Record<string, unknown>;
  const title = str(o.title, 10_000);
  if (title === null || !Array.isArray(o.meta)) return null;
  const meta = o.meta.slice(0, MAX_META_PARTS).flatMap((part: unknown) => str(part, 2000) ?? []);
  return { title, meta };
}

/** At most this many blocks keep their shape across (a long story has a few hundred). */
const MAX_BLOCKS = 5000;

function parseBlocks(value: unknown): ArticleBlock[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.slice(0, MAX_BLOCKS).flatMap((b: unknown) => {
    const o = (b ?? {}) as Record<string, unknown>;
    const key = str(o.key, 200);
    const shape = parseShape(o.shape);
    return key !== null && shape ? [{ key, shape }] : [];
  });
}

// prettier-ignore
const KINDS: readonly FigureKind[] = ['date', 'year', 'time', 'money', 'percent', 'duration', 'age', 'score', 'quantity', 'count'];

/** Key figures as they arrived in the tab, entries of the wrong shape left out; null for no figures at all. */
export function parseKeyFigures(value: unknown): KeyFigures | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.people) || !Array.isArray(v.numbers)) return null;
  const people: Person[] = (v.people as unknown[]).slice(0, 200).flatMap((p) => {
    const o = (p ?? {}) as Record<string, unknown>;
    const name = str(o.name, 500);
    const sentence = str(o.sentence, 5000);
    if (name === null || sentence === null) return [];
    const aliases = Array.isArray(o.aliases) ? o.aliases.filter((x): x is string => typeof x === 'string').slice(0, 20) : [name];
    const mentions = Number.isSafeInteger(o.mentions) ? Math.max(1, o.mentions as number) : 1;
    return [{ name, sentence, aliases, mentions, role: opt(o.role, 500) }];
  });
  const numbers: Figure[] = (v.numbers as unknown[]).slice(0, 500).flatMap((n) => {
    const o = (n ?? {}) as Record<string, unknown>;
    const text = str(o.text, 500);
    const sentence = str(o.sentence, 5000);
    if (text === null || sentence === null || !KINDS.includes(o.kind as FigureKind)) return [];
    return [{ text, sentence, kind: o.kind as FigureKind, key: o.key === true }];
  });
  const unread = opt(v.peopleUnread, 40);
  return { people, numbers, ...(unread ? { peopleUnread: unread } : {}) };
}

/** A figures request as it arrived, bounded; null when it is not one. */
export function parseFiguresRequest(value: unknown): FiguresRequest | null {
  const v = (value ?? {}) as Record<string, unknown>;
  if (typeof v.text !== 'string' || typeof v.title !== 'string') return null;
  return { text: v.text.slice(0, MAX_FIGURES_TEXT), title: v.title.slice(0, 2000), lang: opt(v.lang, 40) };
}

/** A read request as it arrived: anything but the three booleans, well-formed shapes and a words table is dropped. */
export function parseReadRequest(value: unknown): ReadRequest {
  const v = (value ?? {}) as Record<string, unknown>;
  const request: ReadRequest = { auto: v.auto === true, paywalled: v.paywalled === true, articleSignals: v.articleSignals === true };
  if (Array.isArray(v.siteRules)) {
    const shapes = v.siteRules.slice(0, MAX_SITE_RULES).flatMap((s: unknown) => parseShape(s) ?? []);
    // Kept when empty too: a list, even of none, is how the reader asks for each block's shape back.
    request.siteRules = shapes;
  }
  // Like the rules, the background sets its own words over whatever a page sent (read-in-tab.ts).
  const text = parseReaderText(v.text);
  if (text) request.text = text;
  return request;
}

/**
 * The interface text the in-page reader shows by itself (its bar, its
 * "reading" and error covers, the notices above the story, the meta line's
 * words), translated by whoever opens it. The background has the browser's
 * i18n and hands this table over with every call (platform/reader-tabs.ts),
 * so the script injected into the page carries no message catalogue, and a
 * page that hides the extension API from the reader still gets the user's
 * language instead of a bundled English stand-in. Everything else (the tools'
 * labels) still comes through the browser's i18n, which those pages leave
 * reachable whenever the tools can load at all.
 */
import type { Translate } from './translate';

// prettier-ignore
export const READER_MESSAGES = [
  'appName', 'showOriginal', 'showOriginalHint', 'readingPage', 'notArticleTitle', 'notArticleBodyShortcut',
  'errorTitle', 'errorBody', 'timeoutDetail', 'selectionNotice', 'pageCut', 'minutesRead', 'byline',
] as const;
export type ReaderMessage = (typeof READER_MESSAGES)[number];

export interface ReaderText {
  /** The interface language (dates in the meta line use it where the article names none). */
  language: string;
  messages: Partial<Record<ReaderMessage, string>>;
}

/**
 * Where substitution n goes in a message translated ahead of time: the
 * browser's own substitution, given a private-use character and the digit,
 * marks the spot (an article's words never contain U+E000).
 */
const MARK = '\uE000';
const MARKS = Array.from({ length: 9 }, (_, i) => `${MARK}${i + 1}`);
const MAX_MESSAGE = 2000;

/** The table, made where the browser's i18n is (the background). A message the browser lacks is left out. */
export function readerText(getMessage: Translate, language: string): ReaderText {
  const messages: ReaderText['messages'] = {};
  for (const key of READER_MESSAGES) {
    const text = getMessage(key, MARKS);
    if (text) messages[key] = text;
  }
  return { language, messages };
}

/** The table as it arrived in the page: only known keys with bounded strings; null when it is not one. */
export function parseReaderText(value: unknown): ReaderText | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { language?: unknown; messages?: unknown };
  if (typeof v.language !== 'string' || v.language.length > 40 || !v.messages || typeof v.messages !== 'object') return null;
  const given = v.messages as Record<string, unknown>;
  const messages: ReaderText['messages'] = {};
  for (const key of READER_MESSAGES) {
    const text = Object.prototype.hasOwnProperty.call(given, key) ? given[key] : undefined;
    if (typeof text === 'string' && text && text.length <= MAX_MESSAGE) messages[key] = text;
  }
  return { language: v.language, messages };
}

/** A message from the table with its substitutions put in; `fallback` for any key the table lacks. */
export function translateWith(text: ReaderText | null, fallback: Translate): Translate {
  return (key, sub) => {
    const template = text?.messages[key as ReaderMessage];
    if (!template) return fallback(key, sub);
    const subs = sub === undefined ? [] : Array.isArray(sub) ? sub : [sub];
    return template.replace(/\uE000(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

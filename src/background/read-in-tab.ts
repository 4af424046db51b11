/**
 * The in-page reader's article, read off the page's thread. The reader in
 * the tab asks (reader:read); the background takes the page's snapshot with
 * the popup's own script and checks (a nonce of ours, the tab's top frame,
 * the page that asked and no other), has it read where there is a DOM
 * parser (platform/reader-work-host.ts) and answers with the sanitized
 * article only. Nothing of the page outlives the answer: the snapshot and
 * the article are this call's locals, dropped when it returns.
 */
import type { FiguresRequest, ReadAnswer, ReadRequest } from '../core/messages/reader-work';
import { parseKeyFigures, parseReadAnswer } from '../core/messages/reader-work';
import type { KeyFigures } from '../core/figures/key-figures';
import { MAX_SNAPSHOT_CHARS } from '../core/snapshot/page-snapshot';
import { parseSnapshot } from '../core/snapshot/parse-snapshot';
import { shapesFor } from '../core/rules/site-rules';
import { runSnapshot } from '../platform/browser-api';
import { browserApi } from '../platform/browser-global';
import { readerText, type ReaderText } from '../core/i18n/reader-text';
import { loadSiteRules } from '../platform/site-rules-store';
import { keyFiguresOffThread, readOffThread } from '../platform/reader-work-host';

// The popup's deadline: a page that freezes its own thread gets the deadline message, never a reader that waits for good.
export const READ_DEADLINE_MS = 20_000;
const FIGURES_DEADLINE_MS = 30_000;

const pageKey = (url: string) => url.replace(/#.*$/, '');

/** `askedFrom`: the page the reader asked from; null when the background itself asked (the shortcut, a page hiding the API). */
export async function readInTab(tabId: number, askedFrom: string | null, request: ReadRequest): Promise<ReadAnswer> {
  const start = Date.now();
  const nonce = crypto.randomUUID();
  try {
    const raw = await withDeadline(runSnapshot(tabId, { nonce, maxChars: MAX_SNAPSHOT_CHARS }), READ_DEADLINE_MS);
    if (raw === LATE) return timeout();
    const checked = parseSnapshot(raw.value, nonce, { frameId: raw.frameId });
    if (!checked.ok) return checked;
    // The tab may have moved on (or another frame answered): only the page that asked is read for it.
    if (askedFrom !== null && pageKey(checked.snapshot.url) !== pageKey(askedFrom))
      return { ok: false, reason: 'error', message: 'The page changed while it was being read.' };
    // The reader's own fixes for this site, from storage here: the page never supplies them.
    const siteRules = shapesFor(await loadSiteRules(), checked.snapshot.url);
    // And the reader's words in the user's language, for the meta line made with the reading.
    const withRules: ReadRequest = { ...request, siteRules, text: readerWords() };
    const answer = await withDeadline(readOffThread(checked.snapshot, withRules), READ_DEADLINE_MS - (Date.now() - start));
    return answer === LATE ? timeout() : parseReadAnswer(answer);
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

export async function keyFiguresInBackground(request: FiguresRequest): Promise<KeyFigures | null> {
  try {
    const figures = await withDeadline(keyFiguresOffThread(request), FIGURES_DEADLINE_MS);
    return figures === LATE ? null : parseKeyFigures(figures);
  } catch {
    return null;
  }
}

/** The in-page reader's own words, translated here (the page carries no catalogue; the offscreen document has no i18n). */
export function readerWords(): ReaderText {
  const i18n = browserApi().i18n;
  return readerText((key, sub) => i18n.getMessage(key, sub), i18n.getUILanguage());
}

const timeout = (): ReadAnswer => ({ ok: false, reason: 'error', message: 'timeout' });

const LATE = Symbol('late');
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), Math.max(0, ms))));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Background-side tab work for the in-page reader: injecting it, and
 * remembering, per tab, the pages where the reader was closed. That memory is
 * in storage.session, not in a variable: the service worker can be stopped
 * at any moment and would forget.
 */
import { parseReaderOutcome, SCRIPTS, scriptPath, type EntryPoints, type ReaderOutcome } from '../core/messages/injected-scripts';
import type { ReadAnswer, ReadRequest } from '../core/messages/reader-work';
import { readerText, type ReaderText } from '../core/i18n/reader-text';
import { browserApi } from './browser-global';
import { withoutFragment } from '../core/url/web-address';

const browser = browserApi();

const dismissedKey = (tabId: number) => `dismissed:${tabId}`;
const pageKey = withoutFragment;

/** An automatic open carries the address of the page that asked: the reader opens on that page or not at all. */
export type ReaderCall =
  { action: 'open'; auto: boolean; paywalled: boolean; articleSignals: boolean; url?: string } | { action: 'toggle' };

/**
 * Where to inject: the tab's top frame, or, given the id of the document
 * that asked (Chrome's sender.documentId), that document only; if it is gone
 * the injection fails instead of landing in the page that replaced it.
 * Firefox has no documentIds in scripting targets: there the reader checks
 * the page's address itself (ReaderCall.url).
 */
function injectionTarget(
  tabId: number,
  documentId: string | undefined,
): { tabId: number; frameIds: number[] } | { tabId: number; documentIds: string[] } {
  const chrome = browser.runtime.getURL('').startsWith('chrome-extension:');
  return documentId && chrome ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
}

/** Injects the in-page reader into the tab's top frame (harmless if already there) and calls it; its answer, checked. */
/** Reads a tab's page off its thread (background/read-in-tab.ts), given the address it must still show (or null for any). */
export type ReadPage = (tabId: number, askedFrom: string | null, request: ReadRequest) => Promise<ReadAnswer>;

export async function callInPageReader(
  tabId: number,
  call: ReaderCall,
  where: { documentId?: string } = {},
  readPage?: ReadPage,
): Promise<ReaderOutcome | 'missing' | 'invalid'> {
  const target = injectionTarget(tabId, where.documentId) as { tabId: number; frameIds: number[] };
  const [loaded] = await browser.scripting.executeScript({ target, files: [scriptPath('inPageReader')] });
  const loadError = (loaded as { error?: unknown } | undefined)?.error;
  if (loadError) throw new Error(String(loadError));
  // The reader's own words, translated here: the script in the page carries no message catalogue.
  const text = readerText((key, sub) => browser.i18n.getMessage(key, sub), browser.i18n.getUILanguage());
  const [frame] = await browser.scripting.executeScript({
    target,
    // Runs in the content script's isolated world, where the reader put its entry point (its name comes in as an argument).
    func: (name: string, c: ReaderCall, words: ReaderText) => {
      const reader = (globalThis as Record<string, unknown>)[name] as EntryPoints['inPageReader'] | undefined;
      if (!reader) return 'missing';
      return c.action === 'toggle'
        ? reader.toggle(words)
        : reader.open({ auto: c.auto, paywalled: c.paywalled, articleSignals: c.articleSignals, url: c.url }, words);
    },
    args: [SCRIPTS.inPageReader.global, call, text],
  });
  const outcome = parseReaderOutcome(frame?.result);
  if (outcome !== 'needs-reading' || !readPage) return outcome;
  // The page hides the extension API from the reader: read the page from here and hand the reader its answer.
  const request = call.action === 'open' ? call : { auto: false, paywalled: false, articleSignals: false };
  const answer = await readPage(tabId, call.action === 'open' ? (call.url ?? null) : null, request);
  const [shown] = await browser.scripting.executeScript({
    target,
    func: (name: string, a: unknown, words: ReaderText) => {
      const reader = (globalThis as Record<string, unknown>)[name] as EntryPoints['inPageReader'] | undefined;
      return reader ? reader.show(a, words) : 'missing';
    },
    args: [SCRIPTS.inPageReader.global, answer, text],
  });
  return parseReaderOutcome(shown?.result);
}

/** The dyslexia font's faces, for a reader that shows it in that tab. */
export async function injectReaderFont(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [scriptPath('readerFont')] });
}

/** The in-page reader's tools (outline, Edit, toolbar, key figures), for a reader that has shown its article in that tab. */
export async function injectReaderTools(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [scriptPath('readerTools')] });
}

export async function isDismissed(tabId: number, url: string): Promise<boolean> {
  const key = dismissedKey(tabId);
  const stored = await browser.storage.session.get(key);
  const list = stored[key];
  return Array.isArray(list) && list.includes(pageKey(url));
}

export async function setDismissed(tabId: number, url: string, dismissed: boolean): Promise<void> {
  const key = dismissedKey(tabId);
  const stored = await browser.storage.session.get(key);
  const list = new Set<string>(Array.isArray(stored[key]) ? (stored[key] as string[]) : []);
  if (dismissed) list.add(pageKey(url));
  else list.delete(pageKey(url));
  // Bounded: a tab that visits thousands of pages keeps only the latest.
  await browser.storage.session.set({ [key]: [...list].slice(-200) });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(dismissedKey(tabId));
}

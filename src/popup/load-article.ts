import type { ExtractResult } from '../core/article';
import { parseExtractResult } from '../core/parse-extract-result';
import { restrictedKind } from '../core/access/restricted-page';
import { canRunScripts, getTab, onTabComplete, runExtractor, type TabInfo } from '../platform/browser-api';
import { classifyInjectionError, type RefusedKind } from './classify-injection-error';

export type LoadOutcome =
  | { kind: 'result'; tab: TabInfo; result: ExtractResult }
  | { kind: 'restricted'; tab: TabInfo | null; restricted: RefusedKind; detail?: string }
  | { kind: 'tab-gone' };

/** What the popup is waiting for, so that after a few seconds it can say so. */
export type LoadPhase = 'reading' | 'page-loading';

export interface LoadOptions {
  /** Skip the "is this an article?" question: the reader chose "Show it anyway". */
  anyway?: boolean;
  onPhase?: (phase: LoadPhase) => void;
}

// A frozen or very heavy page must not leave the popup waiting forever.
export const EXTRACT_TIMEOUT_MS = 20_000;
// How long to wait for a loading page before asking it anyway.
const LOADING_WAIT_MS = 15_000;
// A trivial script answers in milliseconds wherever scripts may run, even on a heavy page (a frozen one shows its address, see below).
const PROBE_TIMEOUT_MS = 1500;

/** Reads the article from a tab: checks access, injects the extractor, waits out a loading page once. */
export async function loadArticle(tabId: number, options: LoadOptions = {}): Promise<LoadOutcome> {
  const tab = await getTab(tabId);
  if (!tab) return { kind: 'tab-gone' };
  // Without a grant the browser hides the URL; then the injection itself tells whether the page is readable.
  const restricted = tab.url ? restrictedKind(tab.url) : null;
  if (restricted) return { kind: 'restricted', tab, restricted };
  // An address the browser hides even with the reader's grant belongs to a page no extension may read; in
  // Chromium a view-source tab is one, and injecting into it never settles. Ask it something trivial first,
  // so the reader hears "can't be read" in seconds rather than after the 20 s deadline.
  if (!tab.url) {
    const refused = await probe(tab);
    if (refused) return refused;
  }
  if (tab.status === 'loading') {
    options.onPhase?.('page-loading');
    await waitForComplete(tab.id);
  }
  options.onPhase?.('reading');
  let result = await extract(tab, options.anyway === true);
  if (result.kind === 'result' && !result.result.ok && result.result.reason === 'loading') {
    options.onPhase?.('page-loading');
    await waitForComplete(tab.id);
    options.onPhase?.('reading');
    result = await extract(tab, options.anyway === true);
  }
  return result;
}

async function probe(tab: TabInfo): Promise<LoadOutcome | null> {
  try {
    const answer = await withTimeout(canRunScripts(tab.id), PROBE_TIMEOUT_MS);
    if (answer === TIMEOUT) return { kind: 'restricted', tab, restricted: 'denied', detail: 'no answer to a trivial script' };
    return null;
  } catch (error) {
    if (await getTab(tab.id) === null) return { kind: 'tab-gone' };
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'restricted', tab, restricted: classifyInjectionError(detail), detail };
  }
}

async function extract(tab: TabInfo, anyway: boolean): Promise<LoadOutcome> {
  try {
    const raw = await withTimeout(runExtractor(tab.id, anyway), EXTRACT_TIMEOUT_MS);
    if (raw === TIMEOUT) return { kind: 'result', tab, result: { ok: false, reason: 'error', message: 'timeout' } };
    return { kind: 'result', tab, result: parseExtractResult(raw) };
  } catch (error) {
    // executeScript refuses pages the browser protects (error pages, other extensions' pages, policy-blocked sites).
    const detail = error instanceof Error ? error.message : String(error);
    if (await getTab(tab.id) === null) return { kind: 'tab-gone' };
    return { kind: 'restricted', tab, restricted: classifyInjectionError(detail), detail };
  }
}

const TIMEOUT = Symbol('timeout');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => { timer = setTimeout(() => resolve(TIMEOUT), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function waitForComplete(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = onTabComplete(tabId, done);
    const timer = setTimeout(done, LOADING_WAIT_MS);
    // The page may have finished between the check and the listener.
    void getTab(tabId).then((t) => { if (!t || t.status === 'complete') done(); });
    function done() { stop(); clearTimeout(timer); resolve(); }
  });
}

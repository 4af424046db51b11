import type { ExtractResult } from '../core/article';
import { restrictedKind } from '../core/access/restricted-page';
import { readPage, type PageReading } from '../core/pipeline/read-page';
import { readSelection } from '../core/pipeline/read-selection';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { shapesFor } from '../core/rules/site-rules';
import { loadSiteRules } from '../platform/site-rules-store';
import { parseInertDocument } from '../core/sanitize/parse-inert-document';
import { MAX_SNAPSHOT_CHARS } from '../core/snapshot/page-snapshot';
import { parseSnapshot, type CheckedSnapshot } from '../core/snapshot/parse-snapshot';
import { canRunScripts, getTab, onTabComplete, runSnapshot, type TabInfo } from '../platform/browser-api';
import { classifyInjectionError, type RefusedKind } from './classify-injection-error';

export type LoadOutcome =
  /**
   * What the reader made of the page's snapshot. `reading` keeps the page's
   * inert copy for "Show it anyway" (no second trip to the page); `truncated`
   * says the page was longer than the snapshot's cap and the article ends early.
   */
  | { kind: 'result'; tab: TabInfo; result: ExtractResult; reading?: PageReading; truncated?: boolean; selection?: boolean }
  | { kind: 'restricted'; tab: TabInfo | null; restricted: RefusedKind; detail?: string }
  | { kind: 'tab-gone' };

/** What the popup is waiting for, so that after a few seconds it can say so. */
export type LoadPhase = 'reading' | 'page-loading';

export interface LoadOptions {
  onPhase?: (phase: LoadPhase) => void;
}

// A frozen or very heavy page must not leave the popup waiting forever.
export const EXTRACT_TIMEOUT_MS = 20_000;
// How long to wait for a loading page before asking it anyway.
const LOADING_WAIT_MS = 15_000;
// A trivial script answers in milliseconds wherever scripts may run, even on a heavy page (a frozen one shows its address, see below).
const PROBE_TIMEOUT_MS = 1500;

/**
 * Reads the article from a tab: checks access, takes the page's snapshot
 * (waiting out a loading page once), then runs the article decision and the
 * reader pipeline here, on an inert copy, off the page's thread.
 */
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
  let taken = await snapshot(tab);
  if ('checked' in taken && !taken.checked.ok && taken.checked.reason === 'loading') {
    options.onPhase?.('page-loading');
    await waitForComplete(tab.id);
    options.onPhase?.('reading');
    taken = await snapshot(tab);
  }
  if (!('checked' in taken)) return taken;
  const checked = taken.checked;
  if (!checked.ok) return { kind: 'result', tab, result: checked };
  const doc = parseInertDocument(checked.snapshot.html, checked.snapshot, window);
  // Text the reader selected is read as it is, instead of the guessed article.
  const selected = checked.snapshot.selection
    ? readSelection(doc, checked.snapshot.selection, checked.snapshot.url, (base) => createSanitizer(window, base), document)
    : null;
  if (selected?.ok) return { kind: 'result', tab, result: selected, selection: true };
  const rules = shapesFor(await loadSiteRules(), checked.snapshot.url);
  const reading = await readPage(doc, checked.snapshot.url, window, rules);
  return { kind: 'result', tab, result: reading.result, reading, truncated: checked.snapshot.truncated };
}

/** The page's snapshot, checked on arrival; or why there is none (the deadline, a refused or closed tab). */
async function snapshot(tab: TabInfo): Promise<{ checked: CheckedSnapshot } | LoadOutcome> {
  const nonce = crypto.randomUUID();
  try {
    const raw = await withTimeout(runSnapshot(tab.id, { nonce, maxChars: MAX_SNAPSHOT_CHARS }), EXTRACT_TIMEOUT_MS);
    if (raw === TIMEOUT) return { kind: 'result', tab, result: { ok: false, reason: 'error', message: 'timeout' } };
    return { checked: parseSnapshot(raw.value, nonce, { frameId: raw.frameId }) };
  } catch (error) {
    // executeScript refuses pages the browser protects (error pages, other extensions' pages, policy-blocked sites).
    const detail = error instanceof Error ? error.message : String(error);
    if ((await getTab(tab.id)) === null) return { kind: 'tab-gone' };
    return { kind: 'restricted', tab, restricted: classifyInjectionError(detail), detail };
  }
}

async function probe(tab: TabInfo): Promise<LoadOutcome | null> {
  try {
    const answer = await withTimeout(canRunScripts(tab.id), PROBE_TIMEOUT_MS);
    if (answer === TIMEOUT) return { kind: 'restricted', tab, restricted: 'denied', detail: 'no answer to a trivial script' };
    return null;
  } catch (error) {
    if ((await getTab(tab.id)) === null) return { kind: 'tab-gone' };
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'restricted', tab, restricted: classifyInjectionError(detail), detail };
  }
}

const TIMEOUT = Symbol('timeout');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function waitForComplete(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = onTabComplete(tabId, done);
    const timer = setTimeout(done, LOADING_WAIT_MS);
    // The page may have finished between the check and the listener.
    void getTab(tabId).then((t) => {
      if (!t || t.status === 'complete') done();
    });
    function done() {
      stop();
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * The extension API for extension pages and the background, through the
 * polyfill (browser-global.ts). Everything outside src/platform/ imports
 * these functions or its page-safe siblings, so the rest of the code stays
 * testable without a browser and a difference between Chrome and Firefox is
 * handled here, once. Code that runs inside web pages never imports this
 * file (lint zone): a page can hide or replace the API, and there
 * extension-api.ts, content-runtime.ts, content-i18n.ts and settings-store.ts
 * reach it with their own checks.
 */
import { SCRIPTS, scriptPath, type EntryPoints } from '../core/messages/injected-scripts';
import { SNAPSHOT_PART_CHARS, type SnapshotRequest } from '../core/snapshot/page-snapshot';
import { browserApi, type Browser } from './browser-global';

const browser = browserApi();

export interface TabInfo {
  id: number;
  url: string;
  title: string;
  status: 'loading' | 'complete' | 'unknown';
}

function toTabInfo(tab: Browser.Tabs.Tab | undefined): TabInfo | null {
  if (!tab || typeof tab.id !== 'number') return null;
  const status = tab.status === 'loading' || tab.status === 'complete' ? tab.status : 'unknown';
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '', status };
}

/** The tab the toolbar button was clicked on. */
export async function getActiveTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return toTabInfo(tab);
}

export async function getTab(id: number): Promise<TabInfo | null> {
  try {
    return toTabInfo(await browser.tabs.get(id));
  } catch {
    return null; // closed meanwhile
  }
}

/** Calls back once the tab has finished loading; returns a function that stops listening. */
export function onTabComplete(tabId: number, callback: () => void): () => void {
  const listener = (id: number, change: Browser.Tabs.OnUpdatedChangeInfoType) => {
    if (id === tabId && change.status === 'complete') callback();
  };
  browser.tabs.onUpdated.addListener(listener);
  return () => browser.tabs.onUpdated.removeListener(listener);
}

/**
 * Whether a script can run in the tab at all: a trivial one, so it answers
 * within milliseconds where scripts may run. Chromium never settles the
 * injection into a view-source tab (and hides its address), so the caller
 * races this against a short deadline.
 */
export async function canRunScripts(tabId: number): Promise<boolean> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: () => true });
  return frame?.result === true;
}

/** The snapshot script's answer, untrusted, with the frame it came from (the caller validates both: parseSnapshot). */
export interface RawAnswer {
  value: unknown;
  frameId: number | undefined;
}

/**
 * Injects the snapshot script (a classic script, harmless when injected
 * twice) into the tab's top frame and asks it for the page's snapshot. The
 * page is only read there; the reader pipeline runs in the caller.
 */
export async function runSnapshot(tabId: number, request: SnapshotRequest): Promise<RawAnswer> {
  const target = { tabId, frameIds: [0] };
  const [loaded] = await browser.scripting.executeScript({ target, files: [scriptPath('snapshot')] });
  // Firefox reports a script that failed to load in the result instead of rejecting.
  const loadError = (loaded as { error?: unknown } | undefined)?.error;
  if (loadError) throw new Error(String(loadError));
  const [frame] = await browser.scripting.executeScript({
    target,
    // Runs in the content script's isolated world, where the snapshot script put its entry point.
    // Self-contained (the browser sends its source): the entry point's name comes in as an argument.
    func: (name: string, req: SnapshotRequest) => {
      const entry = (globalThis as Record<string, unknown>)[name] as EntryPoints['snapshot'] | undefined;
      return entry?.take(req) ?? null;
    },
    args: [SCRIPTS.snapshot.global, request],
  });
  const value = frame?.result ?? null;
  return { value: await pullRest(target, value, request), frameId: frame?.frameId };
}

/**
 * The rest of a snapshot's HTML, part by part (SnapshotAnswer), appended to
 * the first answer. Stops at the cap: parseSnapshot cuts what is over it. A
 * part that does not come, or is not text, leaves the HTML short of its
 * total, which parseSnapshot refuses as incomplete.
 */
async function pullRest(target: { tabId: number; frameIds: number[] }, value: unknown, request: SnapshotRequest): Promise<unknown> {
  const answer = value as { ok?: unknown; total?: unknown; snapshot?: { html?: unknown } } | null;
  if (answer?.ok !== true || typeof answer.total !== 'number' || typeof answer.snapshot?.html !== 'string') return value;
  const parts = [answer.snapshot.html];
  let have = answer.snapshot.html.length;
  const want = Math.min(answer.total, request.maxChars + SNAPSHOT_PART_CHARS);
  while (have < want) {
    const [frame] = await browser.scripting.executeScript({
      target,
      func: (name: string, nonce: string, offset: number) =>
        ((globalThis as Record<string, unknown>)[name] as EntryPoints['snapshot'] | undefined)?.part(nonce, offset) ?? null,
      args: [SCRIPTS.snapshot.global, request.nonce, have],
    });
    const part: unknown = frame?.result;
    if (typeof part !== 'string' || !part.length) break;
    parts.push(part);
    have += part.length;
  }
  return { ...answer, snapshot: { ...answer.snapshot, html: parts.join('') } };
}

export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Interface text from _locales, in the browser's language. */
export function message(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/**
 * A right-click menu entry. Menus outlive the service worker, so create them
 * once, on install. Firefox for Android has no context menus: there this
 * does nothing and says so (false).
 */
export function createMenuItem(item: { id: string; title: string; contexts: Array<'page' | 'link' | 'selection'> }): boolean {
  const menus = (browser as Partial<typeof browser>).contextMenus;
  if (typeof menus?.create !== 'function') return false;
  menus.create(item, () => {
    // An entry with this id already exists (an update or a reload): that is the one we wanted.
    void browser.runtime.lastError;
  });
  return true;
}

export function onMenuClicked(callback: (info: { menuItemId: string | number }, tab: { id?: number } | undefined) => void): boolean {
  const menus = (browser as Partial<typeof browser>).contextMenus;
  if (typeof menus?.onClicked?.addListener !== 'function') return false;
  menus.onClicked.addListener((info, tab) => callback({ menuItemId: info.menuItemId }, tab));
  return true;
}

/**
 * Background-side tab work for the in-page reader: injecting it, and
 * remembering, per tab, the pages where the reader was closed. That memory is
 * in storage.session, not in a variable: the service worker can be stopped
 * at any moment and would forget.
 */
import browser from 'webextension-polyfill';

const dismissedKey = (tabId: number) => `dismissed:${tabId}`;
const pageKey = (url: string) => url.replace(/#.*$/, '');

export type ReaderCall = { action: 'open'; auto: boolean; paywalled: boolean; articleSignals: boolean } | { action: 'toggle' };

/** Injects the in-page reader into the tab's top frame (harmless if already there) and calls it. */
export async function callInPageReader(tabId: number, call: ReaderCall): Promise<unknown> {
  const [loaded] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content/in-page-reader.js'] });
  const loadError = (loaded as { error?: unknown } | undefined)?.error;
  if (loadError) throw new Error(String(loadError));
  const [frame] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Runs in the content script's isolated world, where the reader put its entry point.
    func: (c: ReaderCall) => {
      const reader = (globalThis as { __articleCleanerReader?: { open(o: object): Promise<string>; toggle(): Promise<string> } }).__articleCleanerReader;
      if (!reader) return 'missing';
      return c.action === 'toggle' ? reader.toggle() : reader.open({ auto: c.auto, paywalled: c.paywalled, articleSignals: c.articleSignals });
    },
    args: [call],
  });
  return frame?.result;
}

/** The dyslexia font's faces, for a reader that shows it in that tab. */
export async function injectReaderFont(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content/reader-font.js'] });
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
  if (dismissed) list.add(pageKey(url)); else list.delete(pageKey(url));
  // Bounded: a tab that visits thousands of pages keeps only the latest.
  await browser.storage.session.set({ [key]: [...list].slice(-200) });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(dismissedKey(tabId));
}

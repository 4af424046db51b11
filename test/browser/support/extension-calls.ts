/**
 * Calls into a tab from the test's extension page (driver.control), through
 * scripting.executeScript: the same two steps the product takes (inject a
 * file, then call its entry point), and page probes that run in the
 * isolated world, so a page that broke its own built-ins cannot break them.
 */
import type { Page } from 'puppeteer-core';
import { POSITIONS_KEY } from '../../../src/core/position/reading-positions';

type Api = {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  scripting: { executeScript(o: object): Promise<Array<{ result?: unknown; error?: unknown }>> };
};

type ApiWithRuntime = Api & { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export async function tabIdFor(control: Page, url: string): Promise<number> {
  return control.evaluate(async (u: string) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url);
}

/**
 * Runs the in-page reader in the tab by the background's own path (the shortcut's): the background injects
 * content/in-page-reader.js and calls toggle() or open(), and reads the page for it where the page hides the
 * extension API from the reader. Asked for by the test's extension page (reader:in-tab).
 */
export async function callReader(control: Page, tabId: number, action: 'toggle' | 'open'): Promise<unknown> {
  return control.evaluate(
    async (id: number, act: string) => {
      const g = globalThis as unknown as { browser?: ApiWithRuntime; chrome?: ApiWithRuntime };
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'reader:in-tab', tabId: id, action: act });
    },
    tabId,
    action,
  );
}

/** Injects content/snapshot.js and asks it for the page's snapshot, as the popup does; returns its answer. */
export async function callSnapshot(
  control: Page,
  tabId: number,
): Promise<{ ok: boolean; snapshot?: { html: string; url: string; nonce: string } }> {
  return control.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    await api.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content/snapshot.js'] });
    const [frame] = await api.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      func: () =>
        (globalThis as unknown as { __articleCleanerSnapshot?: { take(r: object): unknown } }).__articleCleanerSnapshot?.take({
          nonce: 'test',
          maxChars: 24_000_000,
        }) ?? null,
    });
    return frame?.result as { ok: boolean };
  }, tabId);
}

/** What the page's DOM holds, read from the isolated world. */
export async function probePage(control: Page, tabId: number): Promise<{ readers: number; marks: Record<string, string> }> {
  return control.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const [frame] = await (g.browser ?? g.chrome)!.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      func: () => ({ readers: document.querySelectorAll('article-cleaner-reader').length, marks: { ...document.documentElement.dataset } }),
    });
    return frame?.result as { readers: number; marks: Record<string, string> };
  }, tabId);
}

/**
 * Forgets every kept reading position, as the options page's button does. Tests that open one article
 * several times and expect it at its headline each time call this first: the reader rightly reopens
 * where an earlier case scrolled it.
 */
export async function forgetReadingPositions(control: Page): Promise<void> {
  await control.evaluate(async (key: string) => {
    type Area = { remove(k: string): Promise<void> };
    const g = globalThis as unknown as { browser?: { storage: { local: Area } }; chrome?: { storage: { local: Area } } };
    await (g.browser ?? g.chrome)!.storage.local.remove(key);
  }, POSITIONS_KEY);
}

/**
 * The in-page reader's path (the shortcut's, the automatic reader's) on one
 * page, measured as a user feels it: a 20 ms heartbeat on the page's main
 * thread, then the reader injected and toggled open as the background does
 * it (scripting from an extension page, so a build without the newer
 * messages answers the same way), timed until it answers with the article
 * shown (or why not). Used by bench:pathological --in-page, which compares
 * this build with an earlier one that read the page on its own thread.
 */
import type { Page } from 'puppeteer-core';
import type { Driver } from '../harness/driver';
import { tabIdFor } from './extension-calls';

export interface InPageReading {
  loadMs: number;
  /** From the toggle to its answer: the article (or the message) is on screen. */
  readerMs: number;
  /** The reader's answer: opened, not-article, error... or 'no answer'. */
  state: string;
  longestStallMs: number;
  answered: boolean;
}

const READER_BOUND_MS = 60_000;
/**
 * How long after the answer the heartbeat still counts: the reader fills the rest of the article in slices, then
 * mounts its tools and adds the font's faces in idle time (each within 1.5 s of idle waiting). 300 ms, as before
 * issue 16's slicing, left those out.
 */
const SETTLE_MS = 4000;

/**
 * `open: false` does everything but open the reader (the page loaded, brought to the front, watched as long): the
 * page's own stall, the floor the reader's is compared with (a saved news page still lays itself out after load).
 */
export async function readInPage(driver: Driver, url: string, o: { open?: boolean } = {}): Promise<InPageReading> {
  const started = Date.now();
  const tab = await driver.openTab(url);
  const loadMs = Date.now() - started;
  await tab.evaluate(() => {
    const w = window as unknown as { __stall: number; __beats: number };
    w.__stall = 0;
    w.__beats = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__stall = Math.max(w.__stall, now - last);
      w.__beats++;
      last = now;
    }, 20);
  });
  const tabId = await tabIdFor(driver.control, tab.url());
  const before = await beats(tab);
  // The page is the foreground tab (its timers run at full rate in both browsers).
  await tab.bringToFront();
  const opened = Date.now();
  // As source text: a bundler's helpers (tsx names functions with __name) do not exist in the extension page.
  const toggle = (
    o.open === false
      ? Promise.resolve('not opened')
      : driver.control.evaluate(`(async () => {
    const g = globalThis;
    const api = g.browser ?? g.chrome;
    const target = { tabId: ${JSON.stringify(tabId)}, frameIds: [0] };
    await api.scripting.executeScript({ target, files: ['/content/in-page-reader.js'] });
    const [frame] = await api.scripting.executeScript({ target, func: () => globalThis.__articleCleanerReader.toggle() });
    return String(frame?.result);
  })()`)
  ) as Promise<string>;
  const state = await Promise.race([toggle, new Promise<string>((r) => setTimeout(() => r('no answer'), READER_BOUND_MS))]).catch(
    (error: unknown) => `failed: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`,
  );
  const readerMs = Date.now() - opened;
  // The stall is watched past the answer too: the rest of the article, the tools and the font's faces come after it.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const longestStallMs = Math.round(await tab.evaluate(() => (window as unknown as { __stall: number }).__stall).catch(() => -1));
  const answered = (await beats(tab)) > before;
  await tab.close().catch(() => undefined);
  return { loadMs, readerMs, state, longestStallMs, answered };
}

function beats(tab: Page): Promise<number> {
  return Promise.race([
    tab.evaluate(() => (window as unknown as { __beats: number }).__beats),
    new Promise<number>((resolve) => setTimeout(() => resolve(-1), 10_000)),
  ]).catch(() => -1);
}

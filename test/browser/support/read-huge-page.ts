/**
 * Opens a page, starts a heartbeat on its main thread, opens the reader on
 * it, and measures what a user would feel: how long the reader took to leave
 * its spinner, what it showed, and the longest the page's own thread went
 * without running its timer (the tab's responsiveness). Used by
 * test/browser/huge-pages.test.ts and bench/pathological.ts.
 */
import type { Page } from 'puppeteer-core';
import { pollUntil, readerState, type Driver } from '../harness/driver';

export interface HugePageReading {
  /** From navigation to the page's load event. */
  loadMs: number;
  /** From opening the reader to its leaving the loading state. */
  readerMs: number;
  /** The reader's final state: article, not-article, error, restricted... or 'still loading'. */
  state: string;
  /** What the reader shows: the first words of the article or the message. */
  shown: string;
  /** The longest gap between two runs of a 20 ms timer on the page's main thread while the reader read it. */
  longestStallMs: number;
  /** Whether the page's own script still answered afterwards. */
  answered: boolean;
  /** The popup first judged the page not an article, and "Show it anyway" was chosen (with `showAnyway`). */
  shownAnyway: boolean;
}

// Longer than the popup's own 20 s deadline: the reader must give up by itself well before this.
const READER_BOUND_MS = 60_000;

export interface ReadOptions {
  view?: 'popup' | 'tab';
  /** Have the page hold its own main thread this long, starting just before the reader opens (a frozen page). */
  freezeMs?: number;
  /** If the reader judges the page not an article, choose "Show it anyway", as a reader who wants it would. */
  showAnyway?: boolean;
}

export async function readHugePage(driver: Driver, url: string, options: ReadOptions = {}): Promise<HugePageReading> {
  const started = Date.now();
  const tab = await driver.openTab(url);
  const loadMs = Date.now() - started;
  // A heartbeat in the page's own world (a page with no body still runs scripts).
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
  if (options.freezeMs) {
    // Started from a timer while the tab is still in front (background tabs' timers are throttled).
    await tab.evaluate((ms: number) => {
      setTimeout(() => {
        const end = Date.now() + ms;
        while (Date.now() < end) {
          /* the page's own script, stuck */
        }
      }, 50);
    }, options.freezeMs);
    await new Promise((r) => setTimeout(r, 300));
  }
  const beatsBefore = await beats(tab);
  const opened = Date.now();
  const reader = await driver.openReader(tab, { view: options.view ?? 'popup' });
  let state = 'still loading';
  try {
    state = await readerState(reader, READER_BOUND_MS);
  } catch {
    // stays 'still loading': the caller reports it
  }
  let shownAnyway = false;
  if (state === 'not-article' && options.showAnyway) {
    shownAnyway = true;
    await reader.click('.message button');
    state = await pollUntil(
      () =>
        reader.evaluate(() => {
          const s = document.body?.dataset.state;
          return s && s !== 'loading' && s !== 'page-loading' && s !== 'not-article' ? s : null;
        }),
      'the reader to show the page anyway',
      READER_BOUND_MS,
    ).catch(() => 'still loading');
  }
  const readerMs = Date.now() - opened;
  const shown = await reader
    .evaluate(() => (document.querySelector('.reader-body, #view')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160))
    .catch(() => '');
  // Give the heartbeat a few beats after the reader is done, then read it.
  await new Promise((r) => setTimeout(r, 300));
  const longestStallMs = Math.round(await tab.evaluate(() => (window as unknown as { __stall: number }).__stall).catch(() => -1));
  const answered = (await beats(tab)) > beatsBefore;
  await reader.close().catch(() => undefined);
  await tab.close().catch(() => undefined);
  return { loadMs, readerMs, state, shown, longestStallMs, answered, shownAnyway };
}

function beats(tab: Page): Promise<number> {
  return Promise.race([
    tab.evaluate(() => (window as unknown as { __beats: number }).__beats),
    new Promise<number>((resolve) => setTimeout(() => resolve(-1), 10_000)),
  ]).catch(() => -1);
}

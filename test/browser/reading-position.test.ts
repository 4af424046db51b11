/**
 * Reopening an article brings the reader back where they left it: in the
 * full tab, in the popup (a different width, the same paragraph), and in the
 * in-page reader; kept in storage.local only, and forgotten from the options
 * page, or with the browser's history once the options page's box is ticked
 * (the test build holds the optional "history" permission, so the request
 * resolves without a prompt).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { onReaderRoot, tabIdFor, toggleInPageReader } from './support/in-page-root';

const seedHtml = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const SEED = '/2022/04/20/us-secretary-of-defense/';
const OTHER = '/2022/04/21/the-same-story-again/';

/** The fraction of the body above the top of the view, and a way to scroll to one; self-contained (it runs in the reader's page). */
function measure(scroller: Element, body: Element, to?: number): number {
  const isDoc = scroller === scroller.ownerDocument.scrollingElement;
  const top = () => (isDoc ? 0 : scroller.getBoundingClientRect().top);
  if (to !== undefined) {
    (isDoc ? window : scroller).dispatchEvent(new WheelEvent('wheel', { deltaY: 100 }));
    const r = body.getBoundingClientRect();
    scroller.scrollTop += r.top + to * r.height - top();
  }
  const r = body.getBoundingClientRect();
  return (top() - r.top) / r.height;
}

/** What the history test calls in the control page (an extension page, where the test build has the history API). */
type ExtApi = {
  storage: { local: { set(items: object): Promise<void> }; sync: { get(key: string): Promise<Record<string, unknown>> } };
  history: { deleteAll(): Promise<void>; deleteUrl(details: { url: string }): Promise<void> };
};

const SCROLLER = { tab: 'html', popup: '.article-scroll' } as const;

async function fractionIn(page: Page, view: 'tab' | 'popup', to?: number): Promise<number> {
  // The same measure as measure() above, written out: an extension page's CSP refuses code rebuilt from text.
  return page.evaluate(
    (selector: string, target: number | null) => {
      const scroller = document.querySelector(selector)!;
      const body = document.querySelector('.reader-body')!;
      const isDoc = scroller === document.scrollingElement;
      const top = () => (isDoc ? 0 : scroller.getBoundingClientRect().top);
      if (target !== null) {
        // As a reader moves: the wheel first (the reader tells its own scrolling from the page settling by such events).
        (isDoc ? window : scroller).dispatchEvent(new WheelEvent('wheel', { deltaY: 100 }));
        const r = body.getBoundingClientRect();
        scroller.scrollTop += r.top + target * r.height - top();
      }
      const r = body.getBoundingClientRect();
      return (top() - r.top) / r.height;
    },
    SCROLLER[view],
    to ?? null,
  );
}

async function storedPositions(control: Page): Promise<{ local: Record<string, unknown>; syncKeys: string[] }> {
  return control.evaluate(async () => {
    type Area = { get(k: string | null): Promise<Record<string, unknown>> };
    const g = globalThis as unknown as {
      browser?: { storage: { local: Area; sync: Area } };
      chrome?: { storage: { local: Area; sync: Area } };
    };
    const api = (g.browser ?? g.chrome)!;
    return {
      local: ((await api.storage.local.get('readingPositions')).readingPositions ?? {}) as Record<string, unknown>,
      syncKeys: Object.keys(await api.storage.sync.get(null)),
    };
  });
}

describe.each(['chromium', 'firefox'] as BrowserName[])('reading position in %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [SEED]: seedHtml, [OTHER]: seedHtml });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('the full tab and the popup reopen where the reader left the article, never in sync storage', async () => {
    // The address as a newsletter links it: the tracking parameters and the fragment are not part of the article.
    const tab = await driver.openTab(`${server.url(SEED)}?utm_source=newsletter#top`);
    const full = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(full)).toBe('article');
    expect(await fractionIn(full, 'tab')).toBeLessThan(0.01);
    // The reader keeps reading there (scrolled to the middle again each poll, as a reader's wheel would):
    // the reader listens only once it has looked up the article, and may settle the view before that.
    await pollUntil(
      async () => {
        await fractionIn(full, 'tab', 0.5);
        await full.evaluate(() => window.dispatchEvent(new Event('scroll')));
        return Object.values((await storedPositions(driver.control)).local).some(
          (p) => Math.abs((p as { fraction: number }).fraction - 0.5) < 0.03,
        );
      },
      'the position to be saved',
      10_000,
    );
    const stored = await storedPositions(driver.control);
    expect(Object.keys(stored.local)).toEqual([`127.0.0.1:${new URL(server.url(SEED)).port}${SEED.replace(/\/$/, '')}`]);
    expect(stored.syncKeys.some((k) => /position/i.test(k))).toBe(false);
    await full.close();

    const again = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(again)).toBe('article');
    await pollUntil(async () => Math.abs((await fractionIn(again, 'tab')) - 0.5) < 0.03, 'the full tab back at the middle', 10_000);
    await again.close();

    // The popup is narrower: another scroll height, the same place in the story.
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('article');
    await pollUntil(async () => Math.abs((await fractionIn(popup, 'popup')) - 0.5) < 0.03, 'the popup back at the middle', 10_000);
    // Reading on in the popup moves the place for the next time.
    await pollUntil(
      async () => {
        await fractionIn(popup, 'popup', 0.8);
        await popup.evaluate(() => document.querySelector('.article-scroll')!.dispatchEvent(new Event('scroll')));
        return Object.values((await storedPositions(driver.control)).local).some((p) => (p as { fraction: number }).fraction > 0.75);
      },
      'the popup to save its place',
      10_000,
    );
    await popup.close();

    // Another article starts at its headline.
    const other = await driver.openTab(server.url(OTHER));
    const otherReader = await driver.openReader(other, { view: 'tab' });
    expect(await readerState(otherReader)).toBe('article');
    await new Promise((r) => setTimeout(r, 800));
    expect(await fractionIn(otherReader, 'tab')).toBeLessThan(0.01);
    await otherReader.close();
    await other.close();
    await tab.close();
  });

  it.skipIf(!available)('the in-page reader reopens where it was left, and the options page forgets every position', async () => {
    const tab = await driver.openTab(server.url(OTHER));
    const tabId = await tabIdFor(driver.control, tab.url());
    expect(await toggleInPageReader(driver.control, tabId)).toBe('opened');
    const inPage = (to: number | null) =>
      onReaderRoot(
        driver.control,
        tabId,
        tab,
        new Function(
          'root',
          `const m = (${measure.toString()}); const s = root.querySelector('.scroller'); const b = root.querySelector('.reader-body');
           if (!s || !b) return null; const f = m(s, b, ${to === null ? 'undefined' : to}); s.dispatchEvent(new Event('scroll')); return f;`,
        ) as (root: ShadowRoot) => number | null,
      );
    await pollUntil(async () => (await inPage(null)) !== null, 'the in-page reader', 10_000);
    await inPage(0.6);
    await pollUntil(
      async () => {
        // inPage dispatches a scroll event each time it is asked.
        await inPage(null);
        return Object.keys((await storedPositions(driver.control)).local).some((k) => k.endsWith(OTHER.replace(/\/$/, '')));
      },
      'the in-page position to be saved',
      10_000,
    );
    expect(await toggleInPageReader(driver.control, tabId)).toBe('closed');
    expect(await toggleInPageReader(driver.control, tabId)).toBe('opened');
    await pollUntil(async () => Math.abs(((await inPage(null)) ?? 0) - 0.6) < 0.03, 'the in-page reader back at 60 %', 10_000);
    expect(await toggleInPageReader(driver.control, tabId)).toBe('closed');

    const options = await driver.openExtensionPage('options/options.html');
    await pollUntil(() => options.evaluate(() => document.body.dataset.ready === 'true'), 'the options page');
    const count = () => options.evaluate(() => document.querySelector('.positions-count')?.textContent ?? '');
    expect(await count()).toMatch(/[1-9]/);
    await options.click('#forget-positions');
    await pollUntil(async () => /\b0\b/.test(await count()), 'the count to drop to 0', 5_000);
    expect(await options.evaluate(() => document.querySelector('.positions-status')?.textContent)).toMatch(/forgotten/i);
    expect(await options.evaluate(() => (document.getElementById('forget-positions') as HTMLButtonElement).disabled)).toBe(true);
    expect((await storedPositions(driver.control)).local).toEqual({});
    await options.close();

    expect(await toggleInPageReader(driver.control, tabId)).toBe('opened');
    await pollUntil(async () => (await inPage(null)) !== null, 'the in-page reader', 10_000);
    await new Promise((r) => setTimeout(r, 800));
    expect(await inPage(null)).toBeLessThan(0.01);
    await tab.close();
  });

  it.skipIf(!available)("with the box ticked, clearing the browser's history forgets the positions: a page's, then all", async () => {
    const port = new URL(server.url(SEED)).port;
    const keyOf = (path: string) => `127.0.0.1:${port}${path.replace(/\/$/, '')}`;
    // Visits the history will hold, the first with what a newsletter adds to the address.
    const visited = `${server.url(SEED)}?utm_source=newsletter`;
    const tab = await driver.openTab(visited);
    const other = await driver.openTab(server.url(OTHER));
    await driver.control.evaluate(
      async (positions: Record<string, unknown>) => {
        const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
        await (g.browser ?? g.chrome)!.storage.local.set({ readingPositions: positions });
      },
      {
        [keyOf(SEED)]: { fraction: 0.5, savedAt: Date.now() },
        [keyOf(OTHER)]: { fraction: 0.3, savedAt: Date.now() },
      },
    );

    const options = await driver.openExtensionPage('options/options.html');
    await pollUntil(() => options.evaluate(() => document.body.dataset.ready === 'true'), 'the options page');
    const box = () => options.evaluate(() => (document.getElementById('positions-with-history') as HTMLInputElement).checked);
    expect(await box()).toBe(false);
    await options.click('#positions-with-history');
    const withHistorySetting = () =>
      driver.control.evaluate(async () => {
        const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
        const { settings } = await (g.browser ?? g.chrome)!.storage.sync.get('settings');
        return (settings as { forgetPositionsWithHistory?: boolean } | undefined)?.forgetPositionsWithHistory;
      });
    await pollUntil(async () => (await withHistorySetting()) === true, 'the setting to be saved on', 10_000);
    expect(await box()).toBe(true);
    expect(await options.evaluate(() => document.querySelector('.positions-status')?.textContent ?? '')).toBe('');

    const history = (call: 'deleteAll' | 'deleteUrl', url?: string) =>
      driver.control.evaluate(
        async (c: string, u: string | null) => {
          const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
          const h = (g.browser ?? g.chrome)!.history;
          if (c === 'deleteAll') await h.deleteAll();
          else await h.deleteUrl({ url: u! });
        },
        call,
        url ?? null,
      );
    // One page removed from the history: its position goes (found by the article's key), the other stays.
    await history('deleteUrl', visited);
    await pollUntil(
      async () => !(keyOf(SEED) in (await storedPositions(driver.control)).local),
      "the removed page's position to be forgotten",
      10_000,
    );
    expect(Object.keys((await storedPositions(driver.control)).local)).toEqual([keyOf(OTHER)]);
    // All history cleared: every position goes.
    await history('deleteAll');
    await pollUntil(
      async () => Object.keys((await storedPositions(driver.control)).local).length === 0,
      'every position to be forgotten',
      10_000,
    );

    // The box cleared: the setting goes off (the test build's permission is required, so it stays), and the history no longer matters.
    await options.click('#positions-with-history');
    expect(await box()).toBe(false);
    await pollUntil(async () => (await withHistorySetting()) === false, 'the setting to be saved off', 10_000);
    await options.close();
    await driver.control.evaluate(async (key: string) => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
      await (g.browser ?? g.chrome)!.storage.local.set({ readingPositions: { [key]: { fraction: 0.4, savedAt: Date.now() } } });
    }, keyOf(OTHER));
    await history('deleteAll');
    await new Promise((r) => setTimeout(r, 1000));
    expect(Object.keys((await storedPositions(driver.control)).local)).toEqual([keyOf(OTHER)]);
    await other.close();
    await tab.close();
  });
});

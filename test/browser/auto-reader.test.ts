import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { ROOT, testExtensionDir } from './harness/test-extension';
import { describeReader } from './support/describe-reader';

const ARTICLE = '/2022/04/20/us-secretary-of-defense/';
const OTHER_ARTICLE = '/2022/04/21/parliament-climate-bill/';
const pages = {
  [ARTICLE]: readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8'),
  [OTHER_ARTICLE]: readFileSync(`${SHARED}/fixtures/seed-plain.html`, 'utf8'),
  // Hand-written non-articles of the decision's labelled set.
  '/': readFileSync(join(ROOT, 'test/pages/nonarticle--home-harbor-ledger/source.html'), 'utf8'),
  '/forum/threads/which-lock-for-a-commuter-bike.4471/': readFileSync(
    join(ROOT, 'test/pages/nonarticle--forum-kestrel-og-article/source.html'),
    'utf8',
  ),
};

const readerShown = (page: Page) => page.evaluate(() => document.querySelector('article-cleaner-reader') !== null);

/** Turns the automatic reader on for 127.0.0.1 with the popup's switch, as a reader would. */
async function enableAutoMode(driver: Driver, server: FixtureServer): Promise<void> {
  const tab = await driver.openTab(server.url('/'));
  const popup = await driver.openReader(tab);
  await readerState(popup);
  await popup.waitForSelector('#auto-mode', { timeout: 10_000 });
  expect(await popup.$eval('#auto-switch label', (l) => l.textContent)).toBe('Open articles on 127.0.0.1 in reader mode');
  await popup.click('#auto-mode');
  await popup.waitForSelector('#auto-switch[data-saved="on"]', { timeout: 10_000 });
  await popup.close();
  await tab.close();
  await waitForRegistration(driver, true);
}

async function waitForRegistration(driver: Driver, registered: boolean): Promise<void> {
  await pollUntil(
    () =>
      driver.control.evaluate(async (want: boolean) => {
        const g = globalThis as unknown as {
          browser?: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
          chrome?: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
        };
        const scripts = await (g.browser ?? g.chrome)!.scripting.getRegisteredContentScripts();
        const has = scripts.some((s) => (s.matches ?? []).includes('*://127.0.0.1/*'));
        return has === want;
      }, registered),
    `the auto-reader script to be ${registered ? '' : 'un'}registered`,
    20_000,
  );
}

describe.each(['chromium', 'firefox'] as BrowserName[])('the automatic reader in %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer(pages);
    driver = await launch(name);
    await enableAutoMode(driver, server);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('opens an article page in the reader by itself, and Esc gives the page back as it was', async () => {
    const tab = await driver.openTab(server.url(ARTICLE));
    await pollUntil(() => readerShown(tab), 'the reader to open on the article', 15_000);
    await saveScreenshot(tab, `${name}-in-page-reader`);
    await tab.keyboard.press('Escape');
    await pollUntil(async () => !(await readerShown(tab)), 'the reader to close on Esc', 5_000);
    expect(await tab.evaluate(() => [document.documentElement.outerHTML.includes('article-cleaner'), scrollY])).toEqual([false, 0]);
    // Left on this page: it does not come back by itself in this tab…
    await tab.goto(server.url(OTHER_ARTICLE), { waitUntil: 'load' });
    await pollUntil(() => readerShown(tab), 'the reader on the next article', 15_000);
    await tab.keyboard.press('Escape');
    // …not when going back to it, nor forward again…
    await tab.goBack({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await readerShown(tab)).toBe(false);
    await tab.goForward({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await readerShown(tab)).toBe(false);
    // …but a reload brings it back.
    await tab.reload({ waitUntil: 'load' });
    await pollUntil(() => readerShown(tab), 'the reader to come back on reload', 15_000);
    await tab.close();
  });

  it.skipIf(!available)('never opens on a home page or a forum thread', async () => {
    for (const path of ['/', '/forum/threads/which-lock-for-a-commuter-bike.4471/']) {
      const tab = await driver.openTab(server.url(path));
      await new Promise((r) => setTimeout(r, 2_500));
      expect(await readerShown(tab), path).toBe(false);
      await tab.close();
    }
  });

  it.skipIf(!available)('declares the keyboard shortcut Alt+Shift+R', async () => {
    const { commands, suggested } = await driver.control.evaluate(async () => {
      type Api = {
        commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
        runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> } };
      };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      return {
        commands: await api.commands.getAll(),
        suggested: api.runtime.getManifest().commands?.['toggle-reader']?.suggested_key?.default,
      };
    });
    expect(suggested).toBe('Alt+Shift+R');
    const command = commands.find((c) => c.name === 'toggle-reader');
    expect(command).toBeDefined();
    // Headless Chromium has no keyboard-shortcut registry (its shortcut reads ''); Firefox assigns it.
    if (name === 'firefox') expect(command?.shortcut).toBe('Alt+Shift+R');
  });

  it.skipIf(!available)("the shortcut's reader opens and closes on any page and puts the scroll back", async () => {
    // The same two steps the command runs: inject the in-page reader into the tab, then toggle it.
    const tab = await driver.openTab(server.url(OTHER_ARTICLE));
    await pollUntil(() => readerShown(tab), 'the automatic reader', 15_000);
    await tab.keyboard.press('Escape');
    const scrolled = await tab.evaluate(() => {
      window.scrollTo(0, 200);
      return Math.round(scrollY);
    });
    expect(scrolled).toBeGreaterThan(0);
    const tabId = await driver.control.evaluate(async (url: string) => {
      type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? g.chrome)!.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
    }, tab.url());
    const toggle = () =>
      driver.control.evaluate(async (id: number) => {
        type Api = { scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (g.browser ?? g.chrome)!;
        await api.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content/in-page-reader.js'] });
        const [frame] = await api.scripting.executeScript({
          target: { tabId: id, frameIds: [0] },
          func: () => (globalThis as unknown as { __articleCleanerReader: { toggle(): Promise<string> } }).__articleCleanerReader.toggle(),
        });
        return frame?.result;
      }, tabId);
    expect(await toggle()).toBe('opened');
    expect(await readerShown(tab)).toBe(true);
    // The in-page reader has the popup's controls and follows the settings while open.
    const describe = async () => (await describeReader(driver.control, tabId, tab))!;
    await pollUntil(async () => (await describe()).controls.length >= 3, 'the reader toolbar', 10_000);
    const shown = await describe();
    expect(shown.title).toBe('The US Secretary of Defense speaks for the first time with the Chinese colleague');
    expect(shown.controls.join(' | ')).toMatch(/Save/);
    expect(shown.controls.join(' | ')).toMatch(/Show original/);
    await driver.control.evaluate(async () => {
      type Api = { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      const current = (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
      await api.storage.sync.set({ settings: { ...(current ?? {}), theme: 'sepia' } });
    });
    await pollUntil(async () => (await describe()).theme === 'sepia', 'the in-page reader to restyle', 10_000);
    await saveScreenshot(tab, `${name}-in-page-reader-sepia`);
    // The dyslexia font reaches the reader in the page too (a shadow root cannot declare its own faces).
    await driver.control.evaluate(async () => {
      type Api = { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      const current = (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
      await api.storage.sync.set({ settings: { ...(current ?? {}), font: 'dyslexic' } });
    });
    await pollUntil(
      () =>
        tab.evaluate(() => Array.from(document.fonts).some((f) => f.family.replace(/"/g, '') === 'OpenDyslexic' && f.status === 'loaded')),
      'the OpenDyslexic faces',
      10_000,
    );
    await saveScreenshot(tab, `${name}-in-page-reader-dyslexic`);
    expect(await toggle()).toBe('closed');
    expect(await tab.evaluate(() => Array.from(document.fonts).some((f) => f.family.replace(/"/g, '') === 'OpenDyslexic'))).toBe(false);
    expect(await tab.evaluate(() => [document.querySelector('article-cleaner-reader') === null, Math.round(scrollY)])).toEqual([
      true,
      scrolled,
    ]);
    await tab.close();
  });
});

describe.each(['chromium', 'firefox'] as BrowserName[])('the automatic reader in %s, across a browser restart', (name) => {
  const available = browserAvailable(name);
  it.skipIf(!available)('keeps the chosen site after the browser profile is closed and opened again', async () => {
    const server = await startFixtureServer(pages);
    const userDataDir = mkdtempSync(join(tmpdir(), 'article-cleaner-profile-'));
    const extensionDir = testExtensionDir(name === 'chromium' ? 'chrome' : 'firefox');
    try {
      const first = await launch(name, { userDataDir, extensionDir });
      await enableAutoMode(first, server);
      await first.close();
      const second = await launch(name, { userDataDir, extensionDir });
      try {
        const tab = await second.openTab(server.url(ARTICLE));
        await pollUntil(() => readerShown(tab), 'the reader to open after the restart', 20_000);
      } finally {
        await second.close();
      }
    } finally {
      await server.close();
    }
  });
});

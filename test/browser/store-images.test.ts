/**
 * The store listing's images, made from the built extension: three
 * 1280×800 screenshots (the full-tab reader with its key figures, the
 * in-page reader, the options page) and the 440×280 promotional tile
 * (docs/store/promo-tile.html), written to artifacts/store/ (git-ignored).
 * Chromium only: the listing images are the same for both stores.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable } from './harness/browsers';
import { launch, pollUntil, readerState, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { ROOT } from './harness/test-extension';

const STORE_DIR = join(ROOT, 'artifacts', 'store');
const SAMPLE = '/2024/05/14/city-council-approves-river-park/';
const ARTICLE = '/2022/04/20/us-secretary-of-defense/';

/** A PNG's size, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function shoot(page: Page, name: string, width: number, height: number): Promise<string> {
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await new Promise((r) => setTimeout(r, 400));
  const path = join(STORE_DIR, name);
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}

describe('the store listing images', () => {
  const available = browserAvailable('chromium');
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    mkdirSync(STORE_DIR, { recursive: true });
    server = await startFixtureServer({
      [SAMPLE]: readFileSync(join(ROOT, 'samples/sample-article.html'), 'utf8'),
      [ARTICLE]: readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8'),
      '/promo-tile.html': readFileSync(join(ROOT, 'docs/store/promo-tile.html'), 'utf8'),
      '/icon-128.png': readFileSync(join(ROOT, 'icons/icon-128.png')),
    });
    driver = await launch('chromium');
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('1280×800: the full-tab reader with its key figures', async () => {
    const tab = await driver.openTab(server.url(SAMPLE));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    const file = await shoot(reader, 'screenshot-1-reader-1280x800.png', 1280, 800);
    expect(pngSize(file)).toEqual({ width: 1280, height: 800 });
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('1280×800: the automatic reader over an article page', async () => {
    await driver.control.evaluate(async () => {
      const g = globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };
      await g.chrome.storage.sync.set({ settings: { version: 1, theme: 'sepia' }, 'site:127.0.0.1': 1 });
    });
    await new Promise((r) => setTimeout(r, 1_500));
    const tab = await driver.openTab(server.url(ARTICLE));
    await tab.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
    await pollUntil(() => tab.evaluate(() => document.querySelector('article-cleaner-reader') !== null), 'the in-page reader', 15_000);
    const file = await shoot(tab, 'screenshot-2-in-page-reader-1280x800.png', 1280, 800);
    expect(pngSize(file)).toEqual({ width: 1280, height: 800 });
    await tab.close();
  });

  it.skipIf(!available)('1280×800: the options page with its live preview', async () => {
    const options = await driver.openExtensionPage('options/options.html');
    await pollUntil(() => options.evaluate(() => document.body.dataset.ready === 'true'), 'the options page');
    const file = await shoot(options, 'screenshot-3-options-1280x800.png', 1280, 800);
    expect(pngSize(file)).toEqual({ width: 1280, height: 800 });
    await options.close();
  });

  it.skipIf(!available)('440×280: the promotional tile', async () => {
    const page = await driver.openTab(server.url('/promo-tile.html'));
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0));
    const file = await shoot(page, 'promo-tile-440x280.png', 440, 280);
    expect(pngSize(file)).toEqual({ width: 440, height: 280 });
    await page.close();
  });
});

/**
 * Chosen sites are never lost, in the real browsers: 400 of them (more than
 * one storage.sync item could hold) survive a browser restart, one more
 * still goes in from the popup's switch, a site that cannot be stored is
 * refused with a message and nothing else changes, and sites synced from
 * another computer (no permission here) say so and offer to allow them.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/core/settings/defaults';
import { MAX_SITES, toItems } from '../../src/core/settings/stored-layout';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer } from './harness/fixture-server';
import { testExtensionDir } from './harness/test-extension';

const ARTICLE = '/2022/04/20/us-secretary-of-defense/';
type Api = { storage: { sync: { set(v: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> } } };

/** Stores settings from one of the extension's own pages, in the layout the extension stores them (stored-layout.ts). */
async function seed(control: Page, sites: string[]): Promise<void> {
  const items = toItems({ ...DEFAULTS, theme: 'sepia', autoSites: sites });
  await control.evaluate(async (v: Record<string, unknown>) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    await (g.browser ?? g.chrome)!.storage.sync.set(v);
  }, items);
}

async function optionsPage(driver: Driver): Promise<Page> {
  const options = await driver.openExtensionPage('options/options.html');
  await pollUntil(() => options.evaluate(() => document.body.dataset.ready === 'true'), 'the options page');
  return options;
}

const listed = (options: Page) =>
  options.evaluate(() => ({
    sites: Array.from(document.querySelectorAll('#auto-sites .site-host')).map((e) => e.textContent ?? ''),
    missing: document.querySelectorAll('#auto-sites li[data-access="missing"]').length,
    allowButtons: document.querySelectorAll('#auto-sites li[data-access="missing"] .needs-access button').length,
  }));

async function popupSwitch(driver: Driver, url: string): Promise<Page> {
  const tab = await driver.openTab(url);
  const popup = await driver.openReader(tab);
  await readerState(popup);
  await popup.waitForSelector('#auto-mode', { timeout: 10_000 });
  return popup;
}

const many = (n: number) => Array.from({ length: n }, (_, i) => `news-${String(i).padStart(3, '0')}.example`);

describe.each(['chromium', 'firefox'] as BrowserName[])('chosen sites in %s', (name) => {
  const available = browserAvailable(name);

  it.skipIf(!available)(
    '400 chosen sites survive a restart; one more goes in from the popup; synced ones without access here say so',
    async () => {
      const server = await startFixtureServer({ [ARTICLE]: readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8') });
      const userDataDir = mkdtempSync(join(tmpdir(), 'article-cleaner-profile-'));
      const extensionDir = testExtensionDir(name === 'chromium' ? 'chrome' : 'firefox');
      const sites = many(400);
      let driver = await launch(name, { userDataDir, extensionDir });
      try {
        await seed(driver.control, sites);
        // The 401st, from the switch, as a reader adds one (the test build holds 127.0.0.1's permission).
        const popup = await popupSwitch(driver, server.url(ARTICLE));
        expect(await popup.$eval('#auto-mode', (i) => (i as HTMLInputElement).checked)).toBe(false);
        await popup.click('#auto-mode');
        await popup.waitForSelector('#auto-switch[data-saved="on"]', { timeout: 10_000 });
        await driver.close();

        driver = await launch(name, { userDataDir, extensionDir });
        const options = await optionsPage(driver);
        const shown = await listed(options);
        expect(shown.sites).toHaveLength(401);
        expect(new Set(shown.sites)).toEqual(new Set([...sites, '127.0.0.1']));
        // Permissions do not sync: the 400 seeded sites have none in this browser, and say so, with a way to allow each.
        expect(shown.missing).toBe(400);
        expect(shown.allowButtons).toBe(400);
        await saveScreenshot(options, `${name}-options-401-sites`);
        await options.close();
        const again = await popupSwitch(driver, server.url(ARTICLE));
        expect(await again.$eval('#auto-mode', (i) => (i as HTMLInputElement).checked)).toBe(true);
        expect(await again.$eval('#auto-status', (e) => e.textContent)).toBe('');
        await again.close();
      } finally {
        await driver.close();
        await server.close();
      }
    },
    180_000,
  );

  it.skipIf(!available)(
    'a site that cannot be stored: the switch flips back with a message, and the lists stay as they were',
    async () => {
      const server = await startFixtureServer({ [ARTICLE]: readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8') });
      const driver = await launch(name);
      try {
        const full = many(MAX_SITES);
        await seed(driver.control, full);
        const popup = await popupSwitch(driver, server.url(ARTICLE));
        await popup.click('#auto-mode');
        await popup.waitForSelector('#auto-switch[data-saved="error"]', { timeout: 10_000 });
        expect(await popup.$eval('#auto-mode', (i) => (i as HTMLInputElement).checked)).toBe(false);
        expect(await popup.$eval('#auto-status', (e) => e.textContent)).toBe(
          `Not saved: the browser's synced storage holds at most ${MAX_SITES} sites (chosen and excluded together). Remove one to add another.`,
        );
        await saveScreenshot(popup, `${name}-popup-sites-full`);
        await popup.close();
        const options = await optionsPage(driver);
        expect((await listed(options)).sites).toEqual(full);
        await options.close();
        // The options page's excluded-site form, full: a message under the form, no unhandled rejection, nothing stored.
        await driver.control.evaluate(async () => {
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          await (g.browser ?? g.chrome)!.storage.sync.set({ settings: { version: 1, autoAllSites: true } });
        });
        const form = await optionsPage(driver);
        const rejections: string[] = [];
        form.on('pageerror', (e) => rejections.push(String(e)));
        // "Every article page" is on (synced), but this browser has not granted all sites: said so, with a way to allow it.
        expect(await form.$eval('#auto-all-allow', (b) => b.textContent)).toBe('Allow');
        await form.type('#exclude-host', 'one-more.example');
        await form.click('.exclude-form button[type="submit"]');
        await pollUntil(() => form.$eval('.exclude-form .field-error', (e) => e.textContent || null), 'the form to say why');
        expect(await form.$eval('.exclude-form .field-error', (e) => e.textContent)).toMatch(
          /^Not saved: the browser's synced storage holds at most/,
        );
        expect(rejections).toEqual([]);
        await form.close();
      } finally {
        await driver.close();
        await server.close();
      }
    },
    120_000,
  );
});

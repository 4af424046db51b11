import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SHARED } from '../shared-path';
import { axeAvailable, runAxe } from './harness/axe';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { storeSettings, waitForTheme } from './harness/reader-page';

const seedHtml = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const SEED = '/2022/04/20/us-secretary-of-defense/';
const THEMES = ['light', 'sepia', 'dark', 'contrast'] as const;

describe.each(['chromium', 'firefox'] as BrowserName[])('accessibility and themes in %s', (name) => {
  const available = browserAvailable(name);
  const withAxe = available && axeAvailable();
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [SEED]: seedHtml });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const setTheme = async (theme: string) => {
    const page = await driver.openExtensionPage('options/options.html');
    await storeSettings(page, { theme });
    await page.close();
  };

  it.skipIf(!available)('saves screenshots of the popup and the full-tab reader in every theme', async () => {
    const tab = await driver.openTab(server.url(SEED));
    for (const theme of THEMES) {
      await setTheme(theme);
      const popup = await driver.openReader(tab);
      expect(await readerState(popup)).toBe('article');
      await waitForTheme(popup, theme);
      await popup.waitForFunction(() => document.body.dataset.figures === 'ready', { timeout: 30_000 });
      await saveScreenshot(popup, `${name}-popup-${theme}`);
      await popup.close();
      const full = await driver.openReader(tab, { view: 'tab' });
      expect(await readerState(full)).toBe('article');
      await waitForTheme(full, theme);
      await full.waitForFunction(() => document.body.dataset.figures === 'ready', { timeout: 30_000 });
      await saveScreenshot(full, `${name}-full-tab-${theme}`);
      await full.close();
    }
    await tab.close();
  });

  /** Opens every folded group of settings (More text options, Custom colours), so axe sees their controls too. */
  const unfold = (page: Page) =>
    page.evaluate(() => {
      for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('details.setting-group'))) d.open = true;
    });

  describe.each(['light', 'dark', 'contrast'] as const)('in the %s theme', (theme) => {
    it.skipIf(!withAxe)('axe finds nothing in the popup, with every toolbar panel open in turn', async () => {
      await setTheme(theme);
      const tab = await driver.openTab(server.url(SEED));
      const popup = await driver.openReader(tab);
      expect(await readerState(popup)).toBe('article');
      await waitForTheme(popup, theme);
      await popup.waitForFunction(() => document.body.dataset.figures === 'ready', { timeout: 30_000 });
      expect(await runAxe(popup)).toEqual([]);
      for (const panel of ['look', 'listen', 'save']) {
        if (!(await popup.$(`.toolbar-${panel}`))) continue;
        await popup.click(`.toolbar-${panel}`);
        await popup.waitForSelector(`#toolbar-${panel}:not([hidden])`);
        await unfold(popup);
        expect(await runAxe(popup), `with the ${panel} panel open`).toEqual([]);
      }
      await popup.close();
      await tab.close();
    });

    it.skipIf(!withAxe)('axe finds nothing in the full-tab reader', async () => {
      await setTheme(theme);
      const tab = await driver.openTab(server.url(SEED));
      const full = await driver.openReader(tab, { view: 'tab' });
      expect(await readerState(full)).toBe('article');
      await waitForTheme(full, theme);
      await full.waitForFunction(() => document.body.dataset.figures === 'ready', { timeout: 30_000 });
      expect(await runAxe(full)).toEqual([]);
      await full.close();
      await tab.close();
    });

    it.skipIf(!withAxe)('axe finds nothing on the options page', async () => {
      await setTheme(theme);
      const options = await driver.openExtensionPage('options/options.html');
      await pollUntil(() => options.evaluate(() => document.body.dataset.ready === 'true'), 'the options page');
      await waitForTheme(options, theme);
      await unfold(options);
      expect(await runAxe(options)).toEqual([]);
      await saveScreenshot(options, `${name}-options-${theme}`);
      await options.close();
    });
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { readerLook, storeSettings, waitForTheme } from './harness/reader-page';

const seedHtml = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const SEED = '/2022/04/20/us-secretary-of-defense/';

describe.each(['chromium', 'firefox'] as BrowserName[])('reader settings in %s', (name) => {
  const available = browserAvailable(name);
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
  beforeEach(async () => {
    if (!available) return;
    const page = await driver.openExtensionPage('options/options.html');
    await storeSettings(page, {});
    await page.close();
  });

  it.skipIf(!available)('restyles the full-tab reader at once when the stored settings change', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    await waitForTheme(reader, 'system');
    const before = await readerLook(reader);
    expect(before.size).toBe('19px');
    expect(before.measure).toBe(`${36 * 19}px`);

    await storeSettings(reader, { theme: 'dark', font: 'sans', fontSize: 24, lineWidth: 30, lineHeight: 1.9 });
    await waitForTheme(reader, 'dark');
    const after = await readerLook(reader);
    expect(after.bg).toBe('rgb(30, 31, 34)');
    expect(after.fg).toBe('rgb(216, 214, 209)');
    expect(after.size).toBe('24px');
    expect(Number.parseFloat(after.leading)).toBeCloseTo(24 * 1.9, 1);
    expect(after.measure).toBe(`${30 * 24}px`);
    expect(after.font).toMatch(/system-ui/);
    expect(await reader.evaluate(() => document.documentElement.dataset.font)).toBe('sans');

    await storeSettings(reader, { theme: 'sepia', font: 'dyslexic' });
    await waitForTheme(reader, 'sepia');
    const sepia = await readerLook(reader);
    expect(sepia.bg).toBe('rgb(244, 236, 216)');
    expect(sepia.font).toMatch(/^"?OpenDyslexic/);
    // The bundled face itself loads from the extension, not a fallback (content/reader-font.js, run once the font is chosen).
    await pollUntil(
      () => reader.evaluate(async () => (await document.fonts.load('19px OpenDyslexic', 'Reader')).length > 0),
      'the OpenDyslexic faces',
      10_000,
    );
    await saveScreenshot(reader, `${name}-full-tab-sepia-dyslexic`);
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('the popup sets its text 2 px smaller than the full tab, from the same setting', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('article');
    await storeSettings(popup, { fontSize: 22 });
    await pollUntil(
      () => popup.evaluate(() => getComputedStyle(document.querySelector('.reader-body p')!).fontSize === '20px'),
      'the popup to restyle',
      10_000,
    );
    await popup.close();
    await tab.close();
  });

  it.skipIf(!available)('the options page shows every setting with a live preview, and its changes reach an open reader', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    const options = await driver.openExtensionPage('options/options.html');
    await pollUntil(() => options.evaluate(() => document.body.dataset.ready === 'true'), 'the options page');
    const controls = await options.evaluate(() => ({
      themes: Array.from(document.querySelectorAll<HTMLInputElement>('input[name="opt-theme"]')).map((i) => i.value),
      fonts: Array.from(document.querySelectorAll<HTMLInputElement>('input[name="opt-font"]')).map((i) => i.value),
      ranges: Array.from(document.querySelectorAll<HTMLInputElement>('input[type="range"]')).map((i) => i.id),
      checkbox: !!document.getElementById('opt-hideImages'),
      autoSites: !!document.querySelector('section#auto-sites'),
      preview: document.querySelector('.preview .reader-body p')?.textContent?.length ?? 0,
    }));
    expect(controls.themes).toEqual(['system', 'light', 'sepia', 'dark', 'contrast', 'custom']);
    expect(controls.fonts).toEqual(['serif', 'sans', 'dyslexic']);
    // prettier-ignore
    expect(controls.ranges).toEqual(['opt-fontSize', 'opt-lineWidth', 'opt-lineHeight', 'opt-letterSpacing', 'opt-wordSpacing', 'opt-speechRate']);
    expect(controls.checkbox).toBe(true);
    expect(controls.autoSites).toBe(true);
    expect(controls.preview).toBeGreaterThan(100);

    // The theme, by the keyboard: focus the checked radio, arrow to the next ones.
    await options.focus('#opt-theme-system');
    await options.keyboard.press('ArrowRight');
    await options.keyboard.press('ArrowRight');
    await pollUntil(() => options.evaluate(() => document.documentElement.dataset.theme === 'sepia'), 'the preview to turn sepia', 5_000);
    expect(await options.evaluate(() => getComputedStyle(document.querySelector('.preview')!).color)).toBe('rgb(59, 46, 34)');
    // The size slider, by the keyboard.
    await options.focus('#opt-fontSize');
    await options.keyboard.press('ArrowRight');
    await options.keyboard.press('ArrowRight');
    expect(await options.evaluate(() => getComputedStyle(document.querySelector('.preview .reader-body p')!).fontSize)).toBe('21px');
    expect(await options.evaluate(() => document.querySelector('output[for="opt-fontSize"]')?.textContent)).toBe('21 px');
    await saveScreenshot(options, `${name}-options-sepia`);

    // The open reader follows, without a reload.
    await waitForTheme(reader, 'sepia');
    await pollUntil(
      () => reader.evaluate(() => getComputedStyle(document.querySelector('.reader-body p')!).fontSize === '21px'),
      'the reader to take the new size',
      10_000,
    );
    await options.close();
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('the Aa panel works from the keyboard, with visible focus, and restyles at once', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    await waitForTheme(reader, 'system');
    await reader.focus('.toolbar-look');
    await reader.keyboard.press('Enter');
    const opened = await reader.evaluate(() => ({
      expanded: document.querySelector('.toolbar-look')?.getAttribute('aria-expanded'),
      panelShown: !(document.getElementById('toolbar-look') as HTMLElement).hidden,
      focusInPanel: !!document.activeElement?.closest('#toolbar-look'),
      focusOutline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(opened).toEqual({ expanded: 'true', panelShown: true, focusInPanel: true, focusOutline: 'solid' });
    // From "system": three steps right is "dark".
    for (let i = 0; i < 3; i++) await reader.keyboard.press('ArrowRight');
    await waitForTheme(reader, 'dark');
    await saveScreenshot(reader, `${name}-full-tab-look-panel`);
    await reader.keyboard.press('Escape');
    const closed = await reader.evaluate(() => ({
      panelShown: !(document.getElementById('toolbar-look') as HTMLElement).hidden,
      focused: document.activeElement?.classList.contains('toolbar-look'),
    }));
    expect(closed).toEqual({ panelShown: false, focused: true });
    await reader.close();
    await tab.close();
  });
});

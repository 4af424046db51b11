/**
 * Letter and word spacing, justification with hyphenation, the high-contrast
 * theme and custom colours with their contrast check, each driven through
 * its control in the Aa panel of the full-tab reader and seen in the text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { storeSettings, waitForTheme } from './harness/reader-page';

const seedHtml = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const SEED = '/2022/04/20/us-secretary-of-defense/';

const paragraph = (page: Page) =>
  page.evaluate(() => {
    const p = getComputedStyle(document.querySelector('.reader-body p')!);
    // The seed story has no link in its text: the colour every link of the body takes, as the palette resolves it.
    const body = document.querySelector('.reader-body')!;
    return {
      letterSpacing: p.letterSpacing,
      wordSpacing: p.wordSpacing,
      textAlign: p.textAlign,
      hyphens: p.hyphens || (p as unknown as { webkitHyphens: string }).webkitHyphens,
      color: p.color,
      bg: getComputedStyle(document.body).backgroundColor,
      link: getComputedStyle(body).getPropertyValue('--link').trim().toLowerCase(),
      lang: document.querySelector('.reader')?.getAttribute('lang') ?? null,
    };
  });

/** Sets a colour input as the browser's picker would: a value, then an input event. */
const pickColour = (page: Page, id: string, value: string) =>
  page.evaluate(
    (i: string, v: string) => {
      const input = document.getElementById(i) as HTMLInputElement;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    id,
    value,
  );

describe.each(['chromium', 'firefox'] as BrowserName[])('typography in %s', (name) => {
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

  it.skipIf(!available)('letter spacing, word spacing and justification each change the text, from the keyboard', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    await waitForTheme(reader, 'system');
    const before = await paragraph(reader);
    expect(before.letterSpacing).toBe('normal');
    expect(before.textAlign).toMatch(/^(start|left)$/);
    // Hyphenation needs the article's language on the reader: the seed page declares English.
    expect(before.lang).toMatch(/^en\b/);

    await reader.click('.toolbar-look');
    await reader.waitForSelector('#toolbar-look:not([hidden])');
    // Folded away until asked for, so the small popup's panel stays short.
    expect(await reader.evaluate(() => (document.querySelector('#toolbar-look details.setting-group') as HTMLDetailsElement).open)).toBe(
      false,
    );
    await reader.click('#toolbar-look details.setting-group > summary');
    await reader.focus('#toolbar-letterSpacing');
    for (let i = 0; i < 5; i++) await reader.keyboard.press('ArrowRight');
    await reader.focus('#toolbar-wordSpacing');
    for (let i = 0; i < 5; i++) await reader.keyboard.press('ArrowRight');
    await reader.click('#toolbar-textAlign-justify');
    const after = await paragraph(reader);
    // 19 px text: 0.05 em is 0.95 px, 0.1 em is 1.9 px.
    expect(Number.parseFloat(after.letterSpacing)).toBeCloseTo(0.95, 1);
    expect(Number.parseFloat(after.wordSpacing)).toBeCloseTo(1.9, 1);
    expect(after.textAlign).toBe('justify');
    expect(after.hyphens).toBe('auto');
    expect(await reader.evaluate(() => document.querySelector('output[for="toolbar-letterSpacing"]')?.textContent)).toBe('0.05 em');
    await saveScreenshot(reader, `${name}-full-tab-spacing-justified`);
    // Saved like every setting: a new reader opens with them.
    await pollUntil(
      () =>
        driver.control.evaluate(async () => {
          type Api = { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          const s = ((await (g.browser ?? g.chrome)!.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
          return s.textAlign === 'justify' && s.letterSpacing === 0.05 && s.version === 2;
        }),
      'the new settings in storage.sync',
      10_000,
    );
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('the high-contrast theme is white on black with yellow links', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    await reader.click('.toolbar-look');
    await reader.click('#toolbar-theme-contrast');
    await waitForTheme(reader, 'contrast');
    const look = await paragraph(reader);
    expect(look.bg).toBe('rgb(0, 0, 0)');
    expect(look.color).toBe('rgb(255, 255, 255)');
    expect(look.link).toBe('#ffeb3b');
    await saveScreenshot(reader, `${name}-full-tab-contrast`);
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('custom colours restyle the reader, and a pair below AA is warned about in words', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    await reader.click('.toolbar-look');
    await reader.click('#toolbar-look details:has(.setting-colors) > summary');
    const check = () =>
      reader.evaluate(() => {
        const s = document.getElementById('toolbar-contrast')!;
        return { role: s.getAttribute('role'), level: s.dataset.level, text: s.textContent ?? '' };
      });
    expect(await check()).toMatchObject({ role: 'status', level: 'ok' });

    await pickColour(reader, 'toolbar-customBackground', '#fff8e7');
    await pickColour(reader, 'toolbar-customText', '#2b2b2b');
    await pickColour(reader, 'toolbar-customLink', '#0b5394');
    // Choosing a colour chooses the custom theme.
    await waitForTheme(reader, 'custom');
    const custom = await paragraph(reader);
    expect(custom.bg).toBe('rgb(255, 248, 231)');
    expect(custom.color).toBe('rgb(43, 43, 43)');
    expect(custom.link).toBe('#0b5394');
    expect((await check()).level).toBe('ok');
    expect((await check()).text).toMatch(/1[0-9]\.\d:1/);
    await saveScreenshot(reader, `${name}-full-tab-custom`);

    // #999999 on white is 2.8:1: the warning says so, in words.
    await pickColour(reader, 'toolbar-customBackground', '#ffffff');
    await pickColour(reader, 'toolbar-customText', '#999999');
    const low = await check();
    expect(low.level).toBe('warning');
    expect(low.text).toMatch(/Warning/);
    expect(low.text).toContain('2.8:1');
    // Links too pale on their own are named as such.
    await pickColour(reader, 'toolbar-customText', '#222222');
    await pickColour(reader, 'toolbar-customLink', '#aaccff');
    expect(await check()).toMatchObject({ level: 'warning' });
    expect((await check()).text).toMatch(/links/i);
    await pickColour(reader, 'toolbar-customLink', '#0b5394');
    expect((await check()).level).toBe('ok');
    await reader.close();
    await tab.close();
  });
});

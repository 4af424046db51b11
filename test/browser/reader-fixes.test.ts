/**
 * The reader fixes the guess: Edit removes a block (keyboard and Undo), the
 * removal is remembered for the site across a browser restart and applied
 * on a second page of that site, never on another site, and listed and
 * forgotten in the options; read selection from the toolbar path and the
 * shortcut's path; the outline with three or more subheadings, following
 * the scroll. Both browsers, axe with the new controls in light, dark and high contrast.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { axeAvailable, runAxe } from './harness/axe';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer } from './harness/fixture-server';
import { storeSettings, waitForTheme } from './harness/reader-page';
import { testExtensionDir } from './harness/test-extension';
import { describeReader } from './support/describe-reader';
import { FIRST, FIRST_PARTNER, SECOND, SECOND_PARTNER, tidewaterPages } from './support/tidewater-pages';

/** A test build that may also read localhost: a second site on the same server. */
function extensionWithLocalhost(name: BrowserName): string {
  const dir = testExtensionDir(name === 'chromium' ? 'chrome' : 'firefox');
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, '*://localhost/*'];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

const bodyText = (reader: Page) => reader.evaluate(() => document.querySelector('.reader-body')?.textContent ?? '');
const editStatus = (reader: Page) => reader.evaluate(() => document.querySelector('.edit-status')?.textContent ?? '');

async function storedRules(driver: Driver): Promise<Record<string, unknown[]>> {
  return driver.control.evaluate(async () => {
    type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return ((await (g.browser ?? g.chrome)!.storage.local.get('siteRules')).siteRules ?? {}) as Record<string, unknown[]>;
  });
}

/** The same two steps the shortcut's command runs: inject the in-page reader, then toggle it. */
async function toggleInPage(driver: Driver, tab: Page): Promise<{ tabId: number; outcome: unknown }> {
  const tabId = await driver.control.evaluate(async (url: string) => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
  }, tab.url());
  const outcome = await driver.control.evaluate(async (id: number) => {
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
  return { tabId, outcome };
}

/** Selects the text of the page's elements matching `selector`, from the first to the last. */
const select = (tab: Page, selector: string) =>
  tab.evaluate((s: string) => {
    const all = document.querySelectorAll(s);
    const range = document.createRange();
    range.setStartBefore(all[0]!);
    range.setEndAfter(all[all.length - 1]!);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString().trim();
  }, selector);

describe.each(['chromium', 'firefox'] as BrowserName[])('the reader fixes the guess in %s', (name) => {
  const available = browserAvailable(name);
  const withAxe = available && axeAvailable();

  it.skipIf(!available)(
    'removes a block with the keyboard, undoes it, remembers it across a restart for the site only, and forgets it from the options',
    async () => {
      const server = await startFixtureServer(tidewaterPages);
      const port = new URL(server.origin).port;
      const userDataDir = mkdtempSync(join(tmpdir(), 'article-cleaner-profile-'));
      const extensionDir = extensionWithLocalhost(name);
      try {
        const first = await launch(name, { userDataDir, extensionDir });
        try {
          const tab = await first.openTab(server.url(FIRST));
          const reader = await first.openReader(tab, { view: 'tab' });
          expect(await readerState(reader)).toBe('article');
          await reader.bringToFront();
          expect(await bodyText(reader)).toContain(FIRST_PARTNER);
          // Keyboard only: the Edit toggle, then the focused block, Delete.
          await reader.focus('.toolbar-edit');
          await reader.keyboard.press('Enter');
          await reader.waitForSelector('.edit-strip:not([hidden])');
          expect(await reader.$eval('.toolbar-edit', (b) => b.getAttribute('aria-pressed'))).toBe('true');
          if (withAxe)
            for (const theme of ['light', 'dark', 'contrast']) {
              await storeSettings(first.control, { theme });
              await waitForTheme(reader, theme);
              expect(await runAxe(reader), `edit mode, ${theme}`).toEqual([]);
            }
          await reader.evaluate(() => {
            const box = Array.from(document.querySelectorAll<HTMLElement>('.editable-block')).find((b) =>
              b.textContent?.includes('Cruises'),
            );
            box?.focus();
          });
          await reader.keyboard.press('Delete');
          await pollUntil(async () => (await editStatus(reader)).includes('127.0.0.1'), 'the removal to be remembered', 10_000);
          expect(await bodyText(reader)).not.toContain(FIRST_PARTNER);
          expect(await bodyText(reader)).toContain('Quay paragraph 7');
          await saveScreenshot(reader, `${name}-reader-edit-removed`);
          // Ctrl+Z puts it back and forgets the rule; Delete again keeps it gone.
          await reader.keyboard.down('Control');
          await reader.keyboard.press('z');
          await reader.keyboard.up('Control');
          await pollUntil(async () => (await bodyText(reader)).includes(FIRST_PARTNER), 'Undo to put the block back', 5_000);
          await pollUntil(async () => Object.keys(await storedRules(first)).length === 0, 'the rule to be forgotten', 5_000);
          await reader.evaluate(() => {
            const box = Array.from(document.querySelectorAll<HTMLElement>('.editable-block')).find((b) =>
              b.textContent?.includes('Cruises'),
            );
            box?.focus();
          });
          await reader.keyboard.press('Delete');
          await pollUntil(async () => (await storedRules(first))['127.0.0.1']?.length === 1, 'the rule to be stored', 10_000);
          // The rule is the block's shape, never its words.
          expect(JSON.stringify(await storedRules(first))).not.toMatch(/Cruises|estuary/);
          await reader.close();
          await tab.close();
        } finally {
          await first.close();
        }
        const second = await launch(name, { userDataDir, extensionDir });
        try {
          // A second page of the same site, after the restart: the partner box is left out, the story is all there.
          const tab = await second.openTab(server.url(SECOND));
          const reader = await second.openReader(tab, { view: 'tab' });
          expect(await readerState(reader)).toBe('article');
          const text = await bodyText(reader);
          expect(text).not.toContain(SECOND_PARTNER);
          expect(text).toContain('Ferry paragraph 100');
          expect(text).toContain('Ferry paragraph 1');
          await reader.close();
          // Another site (localhost, the same pages): nothing is left out there.
          const elsewhere = await second.openTab(`http://localhost:${port}${SECOND}`);
          const other = await second.openReader(elsewhere, { view: 'tab' });
          expect(await readerState(other)).toBe('article');
          expect(await bodyText(other)).toContain(SECOND_PARTNER);
          await other.close();
          // Listed in the options by site, and forgotten from there.
          const options = await second.openExtensionPage('options/options.html');
          await options.waitForSelector('.rules-site[data-site="127.0.0.1"] .rules-forget', { timeout: 10_000 });
          expect(await options.$eval('.rules-site[data-site="127.0.0.1"] code', (c) => c.textContent)).toContain('div.partner-box');
          if (withAxe) expect(await runAxe(options), 'options with a rule').toEqual([]);
          await options.click('.rules-forget');
          await options.waitForSelector('.rules-empty', { timeout: 10_000 });
          expect(await storedRules(second)).toEqual({});
          await options.close();
          const again = await second.openReader(tab, { view: 'tab' });
          expect(await readerState(again)).toBe('article');
          expect(await bodyText(again)).toContain(SECOND_PARTNER);
        } finally {
          await second.close();
        }
      } finally {
        await server.close();
      }
    },
    240_000,
  );

  it.skipIf(!available)(
    'reads the selection from the toolbar and the shortcut, and shows an outline that follows the scroll',
    async () => {
      const server = await startFixtureServer(tidewaterPages);
      const driver = await launch(name);
      try {
        const tab = await driver.openTab(server.url(FIRST));
        // The outline: four subheadings, a labelled nav, the current section marked as the story scrolls.
        const full = await driver.openReader(tab, { view: 'tab' });
        expect(await readerState(full)).toBe('article');
        await full.bringToFront();
        await full.waitForSelector('nav.outline-nav[aria-label="Sections of the article"]');
        expect(await full.$$eval('.outline-link', (as) => as.map((a) => a.textContent))).toEqual([
          'The pilots',
          'The ferry crews',
          'The fish market',
          'Who pays',
        ]);
        const current = () => full.evaluate(() => document.querySelector('.outline-link[aria-current="location"]')?.textContent ?? null);
        for (const [i, heading] of ['The ferry crews', 'Who pays', 'The pilots'].entries()) {
          await full.evaluate((h: string) => {
            const el = Array.from(document.querySelectorAll('.reader-body h2')).find((x) => x.textContent === h)!;
            window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 150);
          }, heading);
          await pollUntil(async () => (await current()) === heading, `aria-current on ${heading} (${i})`, 5_000);
        }
        // Links lead to their section.
        await full.click('.outline-summary');
        await full.evaluate(() => (document.querySelectorAll('.outline-link')[1] as HTMLElement).click());
        await pollUntil(async () => (await current()) === 'The ferry crews', 'the link to reach its section', 5_000);
        expect(await full.evaluate(() => document.activeElement?.textContent)).toBe('The ferry crews');
        if (axeAvailable())
          for (const theme of ['light', 'dark', 'contrast']) {
            await storeSettings(driver.control, { theme });
            await waitForTheme(full, theme);
            await full.click('.outline-summary').catch(() => undefined);
            expect(await runAxe(full), `outline, ${theme}`).toEqual([]);
          }
        await storeSettings(driver.control, {});
        await saveScreenshot(full, `${name}-reader-outline`);
        await full.close();
        // One subheading: no outline.
        const short = await driver.openTab(server.url(SECOND));
        const shortReader = await driver.openReader(short, { view: 'tab' });
        expect(await readerState(shortReader)).toBe('article');
        expect(await shortReader.$('.outline')).toBeNull();
        await shortReader.close();
        await short.close();

        // Read selection, the toolbar's path: the popup shows the selection alone, with a note.
        const chosen = await select(tab, 'h2:nth-of-type(2) + p');
        expect(chosen).toContain('Quay paragraph 2');
        const popup = await driver.openReader(tab);
        expect(await readerState(popup)).toBe('article');
        expect((await bodyText(popup)).trim()).toBe(chosen);
        expect(await popup.$eval('.reader-notice', (n) => n.textContent)).toContain('text you selected');
        expect(await popup.$eval('.reader-title', (n) => n.textContent)).toBe('Harbour board weighs a new quay');
        await popup.close();
        // The shortcut's path: the in-page reader reads the selection too.
        await tab.bringToFront();
        const opened = await toggleInPage(driver, tab);
        expect(opened.outcome).toBe('opened');
        const shown = await pollUntil(async () => {
          const d = await describeReader(driver.control, opened.tabId, tab);
          return d && d.text && d.controls.includes('Edit') ? d : null;
        }, 'the in-page reader');
        expect(shown.text.trim()).toBe(chosen);
        expect(shown.controls).toContain('Edit');
        expect((await toggleInPage(driver, tab)).outcome).toBe('closed');
        // Without a selection, the article as before.
        await tab.evaluate(() => getSelection()?.removeAllRanges());
        const whole = await driver.openReader(tab);
        expect(await readerState(whole)).toBe('article');
        expect(await bodyText(whole)).toContain('Quay paragraph 7');
        await whole.close();
      } finally {
        await driver.close();
        await server.close();
      }
    },
    180_000,
  );
});

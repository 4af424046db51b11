/**
 * The in-page reader lives in the page's own document, under a closed shadow
 * root: what the page does there must not reach it. A page that styles our
 * element's parts over the reader, listens for Save's link and the copy
 * fallback to swap what they hand over, names an element "browser", or takes
 * our element out of its document.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { storeSettings } from './harness/reader-page';
import { describeReader as describeOnly, type ShownReader } from './support/describe-reader';
import { callReader, probePage, tabIdFor } from './support/extension-calls';

const seed = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const HEADLINE = 'The US Secretary of Defense speaks for the first time with the Chinese colleague';
const head = (script: string) => seed.replace(/<head([^>]*)>/i, `<head$1>${script}`);

/** A paragraph of the story with a part name, and page CSS that blows that part up over everything. */
const PART = head(
  `<style>article-cleaner-reader::part(x), article-cleaner-reader::part(y) { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: red !important; margin: 0 !important; }</style>`,
).replace('<p>Austin wanted to talk', '<p part="x" exportparts="y">Austin wanted to talk');

/** Capture listeners that swap Save's link and what Copy copies, and say what they saw. */
const HIJACK = head(`<script>
  const mark = (k, v) => { document.documentElement.dataset[k] = v; };
  window.addEventListener('click', (e) => {
    const link = e.composedPath().find((n) => n instanceof HTMLAnchorElement && n.download);
    if (!link) return;
    mark('sawSave', link.download);
    link.href = URL.createObjectURL(new Blob(['HIJACKED by the page'], { type: 'text/html' }));
  }, true);
  document.addEventListener('copy', (e) => {
    const t = e.composedPath()[0];
    mark('sawCopy', t && t.localName || 'unknown');
    if (t && 'value' in t) { t.value = 'HIJACKED by the page'; t.select(); }
    e.clipboardData.setData('text/plain', 'HIJACKED by the page');
    e.preventDefault();
  }, true);
  document.addEventListener('copy', (e) => { e.clipboardData.setData('text/plain', 'HIJACKED by the page'); e.preventDefault(); });
</script>`);

/** DOM clobbering: window.browser is this form, browser.runtime an input with an id, browser.i18n another input. */
const CLOBBER = seed.replace('</body>', '<form id="browser"><input name="runtime" id="runtime-id"><input name="i18n"></form>\n</body>');

type Shown = ShownReader;
// The page each tab id shows, for the reader's description (Chromium reads it through DevTools).
const tabs = new Map<number, Page>();
const describeReader = (driver: Driver, tabId: number) => describeOnly(driver.control, tabId, tabs.get(tabId)!);

describe.each(['chromium', 'firefox'] as BrowserName[])('the in-page reader holds against its page, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;
  const downloadDir = mkdtempSync(join(tmpdir(), 'article-cleaner-downloads-'));

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer(
      {
        '/2022/04/20/part/': PART,
        '/2022/04/20/hijack/': HIJACK,
        '/2022/04/20/clobber/': CLOBBER,
        '/2022/04/20/plain/': seed,
        '/blank/': '<!doctype html><title>blank</title><p>blank</p>',
      },
      // The async clipboard refused (Chromium honours this), so Copy takes its fallback.
      { '/2022/04/20/hijack/': { 'permissions-policy': 'clipboard-write=()' } },
    );
    driver = await launch(name, { downloadDir });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function openInPage(path: string): Promise<{ tab: Page; tabId: number; shown: Shown }> {
    const tab = await driver.openTab(server.url(path));
    const tabId = await tabIdFor(driver.control, tab.url());
    tabs.set(tabId, tab);
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
    const shown = await pollUntil(
      async () => {
        const d = await describeReader(driver, tabId);
        return d?.open && d.buttons.length > 2 ? d : null;
      },
      'the in-page reader and its toolbar',
      15_000,
    );
    await tab.bringToFront();
    return { tab, tabId, shown };
  }
  const button = (shown: Shown, pick: (b: Shown['buttons'][number]) => boolean) => {
    const b = shown.buttons.find(pick);
    if (!b) throw new Error(`no such button among ${shown.buttons.map((x) => x.name).join(', ')}`);
    return b;
  };

  it.skipIf(!available)('page CSS on ::part cannot cover the reader: "Show original" stays on top and closes it', async () => {
    const { tab, tabId, shown } = await openInPage('/2022/04/20/part/');
    const close = button(shown, (b) => b.label === 'Show original');
    expect(shown.buttons.filter((b) => !b.onTop).map((b) => b.label)).toEqual([]);
    await tab.mouse.click(close.x, close.y);
    await pollUntil(async () => (await probePage(driver.control, tabId)).readers === 0, 'the reader to close', 5_000);
    await tab.close();
  });

  it.skipIf(!available)('Save writes the article and Copy copies it, whatever the page listens for', async () => {
    const { tab, tabId, shown } = await openInPage('/2022/04/20/hijack/');
    const openSave = async () => {
      const now = await describeReader(driver, tabId);
      const save = button(now!, (b) => /\btoolbar-save\b/.test(b.name));
      await tab.mouse.click(save.x, save.y);
      return pollUntil(
        async () => {
          const d = await describeReader(driver, tabId);
          return d?.buttons.some((b) => /save-saveHtml/.test(b.name)) ? d : null;
        },
        'the Save panel',
        5_000,
      );
    };
    expect(shown.open).toBe(true);
    let panel = await openSave();
    const saveHtml = button(panel, (b) => /save-saveHtml/.test(b.name));
    await tab.mouse.click(saveHtml.x, saveHtml.y);
    const file = await pollUntil(
      () => Promise.resolve(readdirSync(downloadDir).find((f) => f.endsWith('.html')) ?? null),
      'the saved file',
      15_000,
    );
    const saved = await pollUntil(
      () => {
        const t = readFileSync(join(downloadDir, file), 'utf8');
        return Promise.resolve(t.includes('</html>') ? t : null);
      },
      'the file to be written',
      5_000,
    );
    expect(saved).toContain(`<title>${HEADLINE}</title>`);
    expect(saved).not.toContain('HIJACKED');

    panel = await openSave();
    const copy = button(panel, (b) => /save-copyText/.test(b.name));
    await tab.mouse.click(copy.x, copy.y);
    const status = await pollUntil(async () => (await describeReader(driver, tabId))?.status || null, 'the copy to finish', 5_000);
    const seen = await tab.evaluate(() => ({ ...document.documentElement.dataset }));
    // The page never had our link or our text area in its hands.
    expect(seen.sawSave).toBeUndefined();
    expect(seen.sawCopy === undefined || seen.sawCopy === 'article-cleaner-reader', `the page saw the copy from ${seen.sawCopy}`).toBe(
      true,
    );
    if (name === 'chromium') {
      // The Permissions-Policy refused the async clipboard, so this was the fallback, whose copy event the page heard.
      expect(seen.sawCopy).toBe('article-cleaner-reader');
      // What is on the clipboard, read back from a page of the same site allowed to read it.
      expect(status).toBe('Copied as plain text');
      await driver.browser.defaultBrowserContext().overridePermissions(server.origin, ['clipboard-read', 'clipboard-sanitized-write']);
      const reader = await driver.openTab(server.url('/blank/'));
      await reader.bringToFront();
      const copied = await reader.evaluate(() => navigator.clipboard.readText());
      expect(copied.split('\n')[0]).toBe(HEADLINE);
      expect(copied).not.toContain('HIJACKED');
      await reader.close();
    } else {
      expect(status).toBe('Copied as plain text');
    }
    await tab.close();
  });

  it.skipIf(!available)('a page element named "browser" does not switch the reader off', async () => {
    const { tab, shown } = await openInPage('/2022/04/20/clobber/');
    expect(shown.title).toBe(HEADLINE);
    // The interface text comes through the browser's i18n (or its English stand-in), never bare keys.
    expect(shown.controls).toContain('Show original');
    await tab.close();
  });

  it.skipIf(!available)('a page that takes the reader out leaves nothing of it behind, the Esc listener included', async () => {
    const { tab, tabId } = await openInPage('/2022/04/20/plain/');
    await tab.evaluate(() => document.querySelector('article-cleaner-reader')?.remove());
    await pollUntil(
      async () => {
        const d = await describeReader(driver, tabId);
        return d && !d.open ? d : null;
      },
      'the reader to let go',
      5_000,
    );
    // The page gets its Esc back: a listener of ours left behind would stop it on the window, before the page hears it.
    const pageHearsEsc = async () => {
      await tab.evaluate(() => {
        const w = window as unknown as { __esc: number };
        w.__esc = 0;
        document.addEventListener('keydown', (e) => {
          if (e.key === 'Escape') w.__esc++;
        });
      });
      await tab.bringToFront();
      await tab.keyboard.press('Escape');
      return tab.evaluate(() => (window as unknown as { __esc: number }).__esc > 0);
    };
    expect(await pageHearsEsc()).toBe(true);
    // And it opens again as new, and Esc closes it.
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
    await tab.bringToFront();
    await tab.keyboard.press('Escape');
    await pollUntil(async () => (await probePage(driver.control, tabId)).readers === 0, 'Esc to close the reader', 5_000);
    expect(await pageHearsEsc()).toBe(true);
    await tab.close();
  });
});

describe.each(['chromium', 'firefox'] as BrowserName[])("the page cannot tell the reader's font, %s", (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ '/2022/04/20/plain/': seed });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)("the page's font set looks the same with the dyslexia font chosen or not", async () => {
    const seen: Record<string, string[]> = {};
    for (const font of ['serif', 'dyslexic'] as const) {
      const settingsPage = await driver.openExtensionPage('options/options.html');
      await storeSettings(settingsPage, { font });
      await settingsPage.close();
      const tab = await driver.openTab(server.url('/2022/04/20/plain/'));
      const tabId = await tabIdFor(driver.control, tab.url());
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
      // What the page's own script can list: every face in document.fonts, with its state.
      const faces = () => tab.evaluate(() => Array.from(document.fonts, (f) => `${f.family} ${f.weight} ${f.style} ${f.status}`).sort());
      seen[font] = await pollUntil(
        async () => {
          const f = await faces();
          return f.length ? f : null;
        },
        `the faces with ${font} chosen`,
        10_000,
      ).catch(() => []);
      await new Promise((r) => setTimeout(r, 500));
      seen[font] = await faces();
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');
      // Closed, the reader leaves no face behind.
      expect(await faces()).toEqual([]);
      await tab.close();
    }
    expect(seen.dyslexic).toEqual(seen.serif);
    expect(seen.serif?.length).toBeGreaterThan(0);
  });
});

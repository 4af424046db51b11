import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { captureTakeAway, downloads, storeSettings } from './harness/reader-page';
import { ROOT } from './harness/test-extension';

const seedHtml = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const rtlHtml = readFileSync(join(ROOT, 'test/browser/fixtures/rtl--ar-riverside-library.html'), 'utf8');
const picture = readFileSync(join(ROOT, 'icons/icon-128.png'));
const SEED = '/2022/04/20/us-secretary-of-defense/';
const RTL = '/local/2024/03/12/riverside-library/';
const HEADLINE = 'The US Secretary of Defense speaks for the first time with the Chinese colleague';

describe.each(['chromium', 'firefox'] as BrowserName[])('reader tools in %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [SEED]: seedHtml, [RTL]: rtlHtml, '/img/reading-room.png': picture });
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

  const openSave = async (page: Awaited<ReturnType<Driver['openReader']>>) => {
    await page.click('.toolbar-save');
    await page.waitForSelector('#toolbar-save:not([hidden])');
  };
  const status = (page: Awaited<ReturnType<Driver['openReader']>>) =>
    page.evaluate(() => document.querySelector('.toolbar-status')?.textContent ?? '');

  it.skipIf(!available)('copies the article as Markdown and as plain text, with title, byline, source and date on top', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    await reader.bringToFront();
    await captureTakeAway(reader);
    await openSave(reader);
    await reader.click('.save-copyMarkdown');
    await pollUntil(async () => (await status(reader)) === 'Copied as Markdown', 'the copy to finish', 5_000);
    await openSave(reader);
    await reader.click('.save-copyText');
    await pollUntil(async () => (await status(reader)) === 'Copied as plain text', 'the copy to finish', 5_000);
    const [markdown = '', text = ''] = await reader.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    const today = new Date().toISOString().slice(0, 10);
    expect(markdown.split('\n')[0]).toBe(`# ${HEADLINE}`);
    // The reader's own meta line, as shown under the headline.
    const meta = await reader.evaluate(() => document.querySelector('.reader-meta')?.textContent ?? '');
    expect(meta).toMatch(/^World Affairs Daily · By Staff Writer · April 20, 2022 · \d+ min read$/);
    expect(markdown).toContain(`*${meta}*`);
    expect(markdown).toContain(`Source: <${server.url(SEED)}>`);
    expect(markdown).toContain(`Saved on ${today}`);
    expect(markdown).toMatch(/\n---\n\nSecretary of Defense Lloyd J\. Austin III spoke/);
    expect(markdown).not.toMatch(/<p>|Leave a Reply/);
    expect(text.split('\n').slice(0, 2)).toEqual([HEADLINE, meta]);
    expect(text).toContain(`Source: ${server.url(SEED)}`);
    expect(text).not.toMatch(/[#*<>]/);
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('saves the article as an HTML file and a Markdown file, no downloads permission needed', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('article');
    await captureTakeAway(popup);
    await openSave(popup);
    await popup.click('.save-saveHtml');
    await openSave(popup);
    await popup.click('.save-saveMarkdown');
    const files = await downloads(popup);
    expect(files.map((f) => f.name)).toEqual([`${HEADLINE.replace(/ /g, '-')}.html`, `${HEADLINE.replace(/ /g, '-')}.md`]);
    const [html, md] = files;
    expect(html?.type).toMatch(/^text\/html/);
    expect(html?.text).toMatch(/^<!DOCTYPE html>/);
    expect(html?.text).toContain(`<title>${HEADLINE}</title>`);
    expect(html?.text).toContain("default-src 'none'");
    expect(html?.text).not.toMatch(/<script/i);
    expect(html?.text.match(/<p>/g)?.length).toBeGreaterThanOrEqual(14);
    expect(md?.type).toMatch(/^text\/markdown/);
    expect(md?.text.startsWith(`# ${HEADLINE}\n`)).toBe(true);
    // Print is offered in the full tab only; the popup has no room for a print preview.
    expect(await popup.$('.save-print')).toBeNull();
    await popup.close();
    await tab.close();
  });

  it.skipIf(!available)('prints from the full tab with the controls and the key figures left out', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    expect(await reader.$('.save-print')).not.toBeNull();
    const printed = await reader.evaluate(() => {
      // The print rules, read from the style sheets, applied the way the browser would when printing.
      const rules = Array.from(document.styleSheets)
        .flatMap((s) => Array.from(s.cssRules))
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .flatMap((m) => Array.from(m.cssRules)) as CSSStyleRule[];
      const hides = (selector: string) =>
        rules.some((r) => r.style.display === 'none' && document.querySelector(selector)?.matches(r.selectorText));
      return { bar: hides('.bar'), figures: hides('.figures'), toolbar: hides('.reader-toolbar'), article: hides('.reader') };
    });
    expect(printed).toEqual({ bar: true, figures: true, toolbar: true, article: false });
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('reads aloud paragraph by paragraph, highlighting the one being read', async () => {
    const tab = await driver.openTab(server.url(SEED));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    const hasSpeech = await reader.evaluate(() => typeof speechSynthesis !== 'undefined');
    expect(!!(await reader.$('.toolbar-listen'))).toBe(hasSpeech);
    if (!hasSpeech) return;
    const marked = () =>
      reader.evaluate(() => {
        const blocks = Array.from(document.querySelectorAll('.reader-body p, .reader-body h2, .reader-body li'));
        return blocks.findIndex((b) => b.classList.contains('reading-now'));
      });
    await reader.click('.toolbar-listen');
    await reader.click('.speech-play');
    // One look at the reader's whole speech state at once: a voice that fails does so asynchronously, at any moment,
    // so the state and the highlight must be read together, never in two round trips.
    const look = () =>
      reader.evaluate(() => {
        const blocks = Array.from(document.querySelectorAll('.reader-body p, .reader-body h2, .reader-body li'));
        return {
          status: document.body.dataset.speech ?? '',
          marked: blocks.findIndex((b) => b.classList.contains('reading-now')),
          progress: document.querySelector('.speech-progress')?.textContent ?? '',
        };
      });
    // A browser without a working voice (headless machines) fails soon after Play: wait until the engine either
    // speaks or fails, so Next is not clicked in the middle of a failure.
    await reader
      .waitForFunction(() => document.body.dataset.speech === 'error' || speechSynthesis.speaking, { timeout: 5000 })
      .catch(() => undefined);
    // When it fails, no paragraph may stay highlighted, and the reader is told.
    const failedCleanly = (seen: Awaited<ReturnType<typeof look>>) => {
      expect(seen.marked).toBe(-1);
      expect(seen.progress).toMatch(/^Reading stopped: /);
    };
    const started = await look();
    if (started.status === 'error') {
      failedCleanly(started);
      await reader.close();
      await tab.close();
      return;
    }
    expect(started.status).toBe('playing');
    expect(started.marked).toBeGreaterThanOrEqual(0);
    await reader.click('.speech-next');
    const moved = await look();
    if (moved.status === 'error') failedCleanly(moved);
    else {
      expect(moved.marked).toBeGreaterThan(started.marked);
      expect(moved.progress).toMatch(/^Paragraph \d+ of \d+$/);
    }
    await reader.click('.speech-stop');
    expect(await marked()).toBe(-1);
    expect(await reader.evaluate(() => document.body.dataset.speech)).toBe('idle');
    await reader.close();
    await tab.close();
  });

  it.skipIf(!available)('reads a right-to-left article right to left, in its own language, with the interface left as it is', async () => {
    const tab = await driver.openTab(server.url(RTL));
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('article');
    const shown = await popup.evaluate(() => {
      const article = document.querySelector<HTMLElement>('.reader')!;
      const p = article.querySelector<HTMLElement>('.reader-body p')!;
      const body = article.querySelector<HTMLElement>('.reader-body')!;
      const line = document.createRange();
      line.selectNodeContents(p);
      const lines = Array.from(line.getClientRects());
      const last = lines[lines.length - 1]!;
      const box = body.getBoundingClientRect();
      return {
        dir: article.getAttribute('dir'),
        lang: article.getAttribute('lang'),
        direction: getComputedStyle(p).direction,
        title: article.querySelector('.reader-title')?.textContent,
        // The short last line of a paragraph hangs from the right edge in right-to-left text.
        lastLineHugsRight: Math.abs(last.right - box.right) < 2 && last.left - box.left > 20,
        uiDirection: getComputedStyle(document.querySelector('.bar')!).direction,
      };
    });
    expect(shown).toEqual({
      dir: 'rtl',
      lang: 'ar',
      direction: 'rtl',
      title: 'مكتبة جديدة على ضفة النهر تفتح أبوابها للقراء',
      lastLineHugsRight: true,
      uiDirection: 'ltr',
    });
    await saveScreenshot(popup, `${name}-popup-rtl`);
    await popup.close();
    await tab.close();
  });

  it.skipIf(!available)('hides the pictures when asked, and shows them again', async () => {
    const tab = await driver.openTab(server.url(RTL));
    const reader = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(reader)).toBe('article');
    const shown = () =>
      reader.evaluate(() => {
        const img = document.querySelector('.reader-body img');
        return img ? getComputedStyle(img.closest('figure') ?? img).display !== 'none' : null;
      });
    await pollUntil(
      () => reader.evaluate(() => document.querySelector<HTMLImageElement>('.reader-body img')?.complete ?? false),
      'the picture',
    );
    expect(await shown()).toBe(true);
    await storeSettings(reader, { hideImages: true });
    await pollUntil(async () => (await shown()) === false, 'the picture to hide', 10_000);
    await storeSettings(reader, { hideImages: false });
    await pollUntil(async () => (await shown()) === true, 'the picture to come back', 10_000);
    await reader.close();
    await tab.close();
  });
});

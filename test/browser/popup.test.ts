import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, readerState, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

const seedHtml = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const headline = 'The US Secretary of Defense speaks for the first time with the Chinese colleague';
// A section front: a list of teasers, no story. The reader must say so rather than show a list.
const sectionFront = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World – World Affairs Daily</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/politics/">Politics</a></nav></header>
<main><h1>World</h1><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/2022/04/${i + 1}/story-${i}/">Story number ${i + 1} about the world</a> <time>April ${i + 1}</time></li>`).join('')}</ul></main>
<footer><a href="/privacy/">Privacy</a></footer></body></html>`;

describe.each(['chromium', 'firefox'] as BrowserName[])('the built extension in %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ '/2022/04/20/us-secretary-of-defense/': seedHtml, '/world/': sectionFront });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('shows the seed article in the popup with the headline once and no comment boilerplate', async () => {
    const tab = await driver.openTab(server.url('/2022/04/20/us-secretary-of-defense/'));
    const liveBefore = await tab.evaluate(() => document.documentElement.outerHTML);
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('article');
    const shown = await popup.evaluate(() => ({
      title: document.querySelector('.reader-title')?.textContent ?? '',
      meta: document.querySelector('.reader-meta')?.textContent ?? '',
      paragraphs: Array.from(document.querySelectorAll('.reader-body p')).map((p) => p.textContent ?? ''),
      text: document.querySelector('.reader')?.textContent ?? '',
      openTabVisible: !(document.getElementById('open-tab') as HTMLButtonElement).hidden,
    }));
    expect(shown.title).toBe(headline);
    expect(shown.text.split(headline).length - 1).toBe(1);
    expect(shown.paragraphs).toHaveLength(14);
    expect(shown.text).not.toMatch(/Leave a Reply|will not be published|Share this:|Like this:/);
    expect(shown.meta).toContain('World Affairs Daily');
    expect(shown.meta).toMatch(/min read/);
    expect(shown.openTabVisible).toBe(true);
    await saveScreenshot(popup, `${name}-popup-article`);
    // The live page is never changed by reading it.
    expect(await tab.evaluate(() => document.documentElement.outerHTML)).toBe(liveBefore);
    await popup.close();
  });

  it.skipIf(!available)('lists the key figures beside the article; choosing a person highlights the sentence', async () => {
    const tab = await driver.openTab(server.url('/2022/04/20/us-secretary-of-defense/'));
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('article');
    await popup.waitForFunction(() => document.body.dataset.figures === 'ready', { timeout: 30_000 });
    const names = await popup.$$eval('.figures .figure-name', (els) => els.map((e) => e.textContent));
    expect(names).toContain('Lloyd J. Austin III');
    expect(names).toContain('Wang Yi');
    expect(names).toContain('about 45 minutes');
    expect(names.filter((n) => n === 'Lloyd J. Austin III')).toHaveLength(1);
    const wang = await popup.evaluateHandle(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('.figures button.figure')).find(
        (b) => b.querySelector('.figure-name')?.textContent === 'Wang Yi',
      ),
    );
    await (wang as unknown as { click(): Promise<void> }).click();
    const marked = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('.reader-body mark.reader-highlight'))
        .map((m) => m.textContent)
        .join(''),
    );
    expect(marked).toContain('Chinese Foreign Minister Wang Yi');
    expect(await popup.evaluate(() => document.querySelector('.figures button[aria-pressed="true"] .figure-name')?.textContent)).toBe(
      'Wang Yi',
    );
    await saveScreenshot(popup, `${name}-popup-figures`);
    await popup.close();
  });

  it.skipIf(!available)('opens the same clean article in a full tab', async () => {
    const tab = await driver.openTab(server.url('/2022/04/20/us-secretary-of-defense/'));
    const full = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(full)).toBe('article');
    const paragraphs = await full.evaluate(() => document.querySelectorAll('.reader-body p').length);
    expect(paragraphs).toBe(14);
    expect(await full.evaluate(() => document.body.classList.contains('view-tab'))).toBe(true);
    await saveScreenshot(full, `${name}-full-tab`);
    await full.close();
  });

  it.skipIf(!available)('says there is no article on a section front', async () => {
    const tab = await driver.openTab(server.url('/world/'));
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('not-article');
    expect(await popup.evaluate(() => document.querySelector('.message-title')?.textContent)).toBe('No article on this page');
    await popup.close();
  });

  it.skipIf(!available)('explains a page the browser does not let extensions read', async () => {
    // Pages of the browser itself: no extension may run scripts there.
    const popup = await driver.openReaderForNewTab(name === 'chromium' ? 'chrome://version/' : 'about:blank');
    expect(await readerState(popup)).toBe('restricted');
    const message = await popup.evaluate(() => document.querySelector('.message')?.textContent ?? '');
    expect(message).toMatch(/can't be read/);
    await saveScreenshot(popup, `${name}-popup-restricted`);
    await popup.close();
  });
});

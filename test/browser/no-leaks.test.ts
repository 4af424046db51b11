/**
 * Nothing leaks: while the popup, the full-tab reader, the in-page reader and
 * the options page read and show an article, the extension's own contexts
 * request nothing but the article's images (and their own packaged files).
 * Chromium: a DevTools session on every target (popup, extension tabs,
 * service worker, the article's tab), recording Network.requestWillBeSent.
 * Firefox: puppeteer's request events (WebDriver BiDi) on each page, which
 * report an extension page's image loads in some runs only; the background
 * page is not a BiDi browsing context, so it cannot be watched there (its
 * code is covered by test/security/no-remote-code.test.ts). In both, the
 * fixture server's log, which sees every request that reaches 127.0.0.1,
 * holds only the page and its images, and the readers' image loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { ROOT } from './harness/test-extension';
import { callReader, probePage, tabIdFor } from './support/extension-calls';

const ARTICLE = '/2022/04/20/us-secretary-of-defense/';
const IMAGES = ['/img/pentagon.png', '/img/beijing.png'];
const png = readFileSync(join(ROOT, 'icons/icon-128.png'));
const figure = (src: string, caption: string) =>
  `<figure><img src="${src}" width="640" height="400" alt="${caption}"><figcaption>${caption}</figcaption></figure>`;
const page = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8')
  .replace(/(<p>Secretary of Defense Lloyd J\. Austin III[^\n]*<\/p>)/, `$1\n${figure(IMAGES[0]!, 'The Pentagon, seen from the air.')}`)
  .replace(/(<p>Austin wanted to talk to Xu[^\n]*<\/p>)/, `$1\n${figure(IMAGES[1]!, 'Beijing, the ministry of defense.')}`);

type Seen = { context: string; url: string };
/** The browser asks for a tab's icon by itself; that is not the extension. */
const BROWSER_OWN = ['/favicon.ico'];
/** The page's own style sheet (seed-site.html links one), asked for by the page, never by the extension. */
const PAGE_OWN = [ARTICLE, `${ARTICLE}style.css`];

describe.each(['chromium', 'firefox'] as BrowserName[])('nothing leaks, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;
  const seen: Seen[] = [];
  const counts = new Map<string, number>();
  const sessions: CDPSession[] = [];

  function record(context: string, url: string): void {
    seen.push({ context, url });
    if (!url.startsWith(driver.extensionOrigin)) counts.set(context, (counts.get(context) ?? 0) + 1);
  }
  function contextOf(documentUrl: string): string {
    if (!documentUrl.startsWith(driver.extensionOrigin))
      return documentUrl.startsWith(server.origin) ? 'article tab' : `other: ${documentUrl}`;
    const url = new URL(documentUrl);
    if (url.pathname.endsWith('/options.html')) return 'options page';
    return url.searchParams.get('view') === 'tab' ? 'full-tab reader (and control page)' : 'popup';
  }
  async function watchTarget(target: Target): Promise<void> {
    const type = target.type();
    // The popup starts as an 'other' target without a URL; the browser's own UI (chrome://) is not ours to watch.
    if (type === 'browser' || target.url().startsWith('chrome://')) return;
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    sessions.push(session);
    session.on('Network.requestWillBeSent', (e: { request: { url: string }; documentURL?: string }) => {
      const context = type === 'service_worker' ? 'service worker' : contextOf(e.documentURL ?? target.url());
      if (!context.startsWith('other: chrome://')) record(context, e.request.url);
    });
    await session.send('Network.enable').catch(() => undefined);
  }
  function watchPage(context: string, p: Page): void {
    p.on('request', (r) => record(context, r.url()));
  }

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [ARTICLE]: page, [IMAGES[0]!]: png, [IMAGES[1]!]: png });
    driver = await launch(name);
    if (name === 'chromium') {
      for (const target of driver.browser.targets()) await watchTarget(target);
      driver.browser.on('targetcreated', (t: Target) => void watchTarget(t));
    } else {
      watchPage('full-tab reader (and control page)', driver.control);
    }
  });
  afterAll(async () => {
    if (available) {
      console.log(
        `${name}: requests by context (extension files not counted): ${JSON.stringify(Object.fromEntries(counts))}; ` +
          `fixture server saw ${server.requests.length}: ${JSON.stringify(server.requests)}`,
      );
    }
    for (const s of sessions) await s.detach().catch(() => undefined);
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('popup, full-tab reader, in-page reader and options page request only the article images', async () => {
    const tab = await driver.openTab(server.url(ARTICLE));
    if (name === 'firefox') watchPage('article tab', tab);
    await pollUntil(() => tab.evaluate(() => Array.from(document.images).every((i) => i.complete)), 'the page images');
    const pageOwn = server.requests.length;

    for (const view of ['popup', 'tab'] as const) {
      const reader = await driver.openReader(tab, { view });
      if (name === 'firefox') watchPage(view === 'tab' ? 'full-tab reader (and control page)' : 'popup', reader);
      expect(await readerState(reader)).toBe('article');
      // The reader's images load lazily: bring each into view, as a reader scrolling down would.
      await pollUntil(
        () =>
          reader.evaluate(() => {
            const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('.reader-body img'));
            imgs.find((i) => !(i.complete && i.naturalWidth > 0))?.scrollIntoView();
            return imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
          }),
        `the ${view} reader's images to load`,
      );
      await new Promise((r) => setTimeout(r, 500));
      await reader.close();
    }

    const tabId = await tabIdFor(driver.control, tab.url());
    const beforeInPage = seen.length;
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
    expect((await probePage(driver.control, tabId)).readers).toBe(1);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');
    // The in-page reader lives in the article's tab: whatever that tab asked for while it was open is its doing.
    const inPage = seen.slice(beforeInPage).filter((s) => s.context === 'article tab');
    counts.set('in-page reader', inPage.length);
    expect(inPage.filter((s) => !IMAGES.includes(new URL(s.url).pathname)).map((s) => s.url)).toEqual([]);

    const options = await driver.openExtensionPage('options/options.html');
    if (name === 'firefox') watchPage('options page', options);
    await pollUntil(() => options.evaluate(() => document.body.dataset.ready === 'true'), 'the options page');
    await new Promise((r) => setTimeout(r, 1_000));
    await options.close();
    await tab.close();

    // Every request any watched context made: to the extension's own files, or to the article's images.
    const allowed = (url: string) =>
      url.startsWith(driver.extensionOrigin) ||
      url.startsWith('data:') ||
      (url.startsWith(server.origin) && [...PAGE_OWN, ...IMAGES, ...BROWSER_OWN].includes(new URL(url).pathname));
    expect(seen.filter((s) => !allowed(s.url)).map((s) => `${s.context}: ${s.url}`)).toEqual([]);
    // The extension contexts asked for images only; never the page again, never anything else.
    const byExtension = seen.filter((s) => s.context !== 'article tab' && !s.url.startsWith(driver.extensionOrigin));
    expect(byExtension.filter((s) => !IMAGES.includes(new URL(s.url).pathname)).map((s) => `${s.context}: ${s.url}`)).toEqual([]);
    // Belt and braces: what reached the server after the page had loaded is the readers' images, nothing else.
    const afterPage = server.requests.slice(pageOwn);
    expect(afterPage.filter((p) => !IMAGES.includes(p) && !BROWSER_OWN.includes(p))).toEqual([]);
    // The popup and the full-tab reader each showed both images (no-store: each load reaches the server).
    expect(afterPage.filter((p) => IMAGES.includes(p)).length).toBeGreaterThanOrEqual(4);
    expect(counts.get('options page') ?? 0).toBe(0);
    // The recorder works: it saw the readers' image loads in their own contexts. Only in Chromium:
    // Firefox reports an extension page's requests over BiDi in some runs and not in others (the
    // same page, the same loads), so there the server's log above is the check that counts.
    if (name === 'chromium') {
      expect(counts.get('popup') ?? 0).toBeGreaterThanOrEqual(2);
      expect(counts.get('full-tab reader (and control page)') ?? 0).toBeGreaterThanOrEqual(2);
      expect(counts.get('service worker') ?? 0).toBe(0);
    }
  });
});

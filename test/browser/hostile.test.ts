import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batches, FIRST_PARAGRAPH, hostilePage, LAST_PARAGRAPH } from '../hostile/hostile-page';
import { startCanaryServer, type CanaryServer } from '../hostile/canary-server';
import { SNIPPETS } from '../hostile/snippets';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, type Driver } from './harness/driver';
import { callReader, tabIdFor } from './support/extension-calls';
import { describeReader } from './support/describe-reader';

// 25 snippets a page keeps a browser's run near two minutes.
const PAGES = batches(SNIPPETS, 25);
// The page runs its own scripts and CSS: give it time to fire them before the reader opens.
const SETTLE_MS = 1_500;
// After the reader shows the article: time for any image, style or script in it to reach the canary.
const LINGER_MS = 800;

describe.each(['chromium', 'firefox'] as BrowserName[])('hostile pages in the reader, %s', (name) => {
  const available = browserAvailable(name);
  const pages = new Map<string, string>();
  let driver: Driver;
  let server: CanaryServer;
  // Hits that did not come from the hostile page itself, while or after a reader was open.
  const extensionHits: string[] = [];
  let pageHitIds = new Set<string>();
  let readersOpened = 0;

  beforeAll(async () => {
    if (!available) return;
    server = await startCanaryServer(pages);
    PAGES.forEach((batch, i) => pages.set(`/hostile/${i + 1}/`, hostilePage(batch, server.origin)));
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    if (!available) return;
    pageHitIds = new Set(server.hits.filter((h) => fromPage(h.referer)).map((h) => h.id));
    console.log(
      `${name}: ${SNIPPETS.length} snippets on ${PAGES.length} pages, ${readersOpened} readers opened; canary hits from the extension: ${extensionHits.length}${extensionHits.length ? ` (${extensionHits.join(', ')})` : ''}; snippets that fired in the page itself (expected, proves the canaries work): ${pageHitIds.size}`,
    );
  });

  function fromPage(referer: string): boolean {
    return referer.startsWith(`${server.origin}/hostile/`);
  }

  it.skipIf(!available).each(PAGES.map((batch, i) => [i + 1, batch] as const))(
    'page %i: no canary reached from the popup or the full-tab reader',
    async (n, batch) => {
      const tab = await driver.openTab(server.url(`/hostile/${n}/`));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      for (const view of ['popup', 'tab'] as const) {
        const since = Date.now();
        const reader = await driver.openReader(tab, { view });
        readersOpened++;
        const state = await readerState(reader);
        expect(state, state === 'article' ? '' : await reader.evaluate(() => document.getElementById('view')?.textContent ?? '')).toBe(
          'article',
        );
        const shown = await reader.evaluate(() => {
          const root = document.getElementById('view');
          const inside = Array.from(root?.querySelectorAll('*') ?? []);
          return {
            text: root?.textContent ?? '',
            viewTag: root?.tagName ?? '',
            openTabTag: document.getElementById('open-tab')?.tagName ?? '',
            active: inside
              .filter((el) => /^(script|style|link|meta|base|iframe|frame|object|embed|form|svg|math|template)$/i.test(el.localName))
              .map((el) => el.localName),
            // The reader's settings set its own custom properties (--reader-size, --reader-letter-spacing …) on its root,
            // outside the article body; any other style attribute, or one declaring a real property, came from the page.
            handlers: inside.flatMap((el) =>
              Array.from(el.attributes)
                .filter((a) => /^on|^style$|^srcdoc$/i.test(a.name))
                .filter(
                  (a) =>
                    !(
                      a.name === 'style' &&
                      !el.closest('.reader-body') &&
                      el instanceof HTMLElement &&
                      el.style.length > 0 &&
                      Array.from(el.style).every((property) => property.startsWith('--'))
                    ),
                )
                .map((a) => `${el.localName}[${a.name}]`),
            ),
            // The article's own elements: nothing from the page may float over the reader.
            positioned: Array.from(document.querySelectorAll('.reader-body *'))
              .filter((el) => /fixed|absolute|sticky/.test(getComputedStyle(el).position))
              .map((el) => el.localName),
            locationOk: location.protocol.endsWith('-extension:'),
          };
        });
        expect(shown.text).toContain(FIRST_PARAGRAPH);
        expect(shown.text).toContain(LAST_PARAGRAPH);
        expect(shown.viewTag).toBe('MAIN');
        expect(shown.openTabTag).toBe('BUTTON');
        expect(shown.active).toEqual([]);
        expect(shown.handlers).toEqual([]);
        expect(shown.positioned).toEqual([]);
        expect(shown.locationOk).toBe(true);
        await new Promise((r) => setTimeout(r, LINGER_MS));
        await reader.close();
        const hits = server.hits.filter((h) => h.at >= since && !fromPage(h.referer));
        extensionHits.push(...hits.map((h) => `${view}:${h.id} (referer ${h.referer || 'none'}, origin ${h.origin || 'none'})`));
        expect(
          hits.map((h) => h.id),
          `${view} on page ${n}`,
        ).toEqual([]);
      }
      await tab.close();
      expect(batch.length).toBeGreaterThan(0);
    },
  );

  // The in-page reader lives in the hostile page's own document, so a canary hit there cannot be told
  // apart from the page's own handlers firing (blur, focus, animation events): the check is on what
  // the reader's closed shadow root holds, read from the isolated world.
  it.skipIf(!available).each(PAGES.map((_, i) => [i + 1] as const))(
    'page %i: the in-page reader shows the story and nothing that could run',
    async (n) => {
      const tab = await driver.openTab(server.url(`/hostile/${n}/`));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const tabId = await tabIdFor(driver.control, tab.url());
      expect(await callReader(driver.control, tabId, 'open')).toBe('opened');
      const shown = await pollUntil(
        async () => {
          const d = await describeReader(driver.control, tabId, tab);
          return d?.open ? d : null;
        },
        'the in-page reader',
        15_000,
      );
      readersOpened++;
      expect(shown.text).toContain(FIRST_PARAGRAPH);
      expect(shown.text).toContain(LAST_PARAGRAPH);
      expect(shown.active).toEqual([]);
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');
      await tab.close();
    },
  );
});

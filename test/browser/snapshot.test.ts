/**
 * The popup reads a snapshot of the page (content/snapshot.js), not the page
 * itself: what the page shows through open shadow roots reaches the reader,
 * and "Show it anyway" shows the copy the popup already holds instead of
 * asking the page a second time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

const paragraphs = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i + 1} of the story told inside a web component: the council said on Monday that the new bridge would open in spring, after two years of delays and a long dispute over its cost.`,
);

// The story's text lives in an open shadow root, with the byline slotted in from the light DOM.
const shadowStory = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A bridge opens in spring</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><story-body><span slot="byline">By Ada Reporter</span></story-body></main>
<script>
  const host = document.querySelector('story-body');
  const root = host.attachShadow({ mode: 'open' });
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'A bridge opens in spring';
  const byline = document.createElement('p');
  byline.append(document.createElement('slot'));
  byline.firstChild.name = 'byline';
  article.append(h1, byline);
  for (const text of ${JSON.stringify(paragraphs)}) { const p = document.createElement('p'); p.textContent = text; article.append(p); }
  root.append(article);
</script></body></html>`;

// A news front: teasers with their summaries. Its script empties the page on demand, to tell a second read from the first.
const newsFront = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World Affairs Daily – News from everywhere</title>
<meta property="og:type" content="website"></head>
<body><header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/politics/">Politics</a></nav></header><main>
${Array.from({ length: 10 }, (_, i) => `<section class="teaser"><h2><a href="/2022/04/${i + 1}/story-${i}/">Teaser ${i + 1}: talks resume after a long dispute</a></h2><p>Summary ${i + 1}: the minister said on Tuesday that talks with the union would resume next week, after a long dispute over pay, pensions and the hours of night shifts, which has closed schools for a month.</p></section>`).join('\n')}
</main><footer><a href="/privacy/">Privacy</a></footer>
<script>window.emptyThePage = () => { document.querySelector('main').replaceChildren(); };</script></body></html>`;

describe.each(['chromium', 'firefox'] as BrowserName[])('the popup reads a snapshot, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ '/2022/05/02/bridge-opens/': shadowStory, '/': newsFront });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('shows a story that lives in an open shadow root', async () => {
    const tab = await driver.openTab(server.url('/2022/05/02/bridge-opens/'));
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('article');
    const text = await popup.evaluate(() => document.querySelector('.reader-body')?.textContent ?? '');
    expect(text).toContain(paragraphs[0]);
    expect(text).toContain(paragraphs[7]);
    await popup.close();
    await tab.close();
  });

  it.skipIf(!available)('"Show it anyway" shows what the popup read, without asking the page again', async () => {
    const tab = await driver.openTab(server.url('/'));
    const popup = await driver.openReader(tab);
    expect(await readerState(popup)).toBe('not-article');
    // The page changes after the popup read it: a second read would find nothing at all.
    await tab.evaluate(() => (window as unknown as { emptyThePage(): void }).emptyThePage());
    await popup.click('.message button');
    const state = await pollUntil(
      () =>
        popup.evaluate(() => {
          const s = document.body?.dataset.state;
          return s && s !== 'loading' && s !== 'page-loading' ? s : null;
        }),
      'the popup to show the page anyway',
      30_000,
    );
    expect(state).toBe('article');
    // The teasers the popup read before the page emptied itself: the page was not asked a second time.
    const text = await popup.evaluate(() => document.querySelector('.reader-body')?.textContent ?? '');
    expect(text).toMatch(/Summary \d+: the minister said/);
    await popup.close();
    await tab.close();
  });
});

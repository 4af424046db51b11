import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHOLOGICAL_PAGES } from '../fuzz/pathological-pages';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { FREEZE_MS, hungPage } from './support/hung-page';
import { readHugePage } from './support/read-huge-page';

// Full size, as the issue asks: a 20 MB page, 200,000 elements, 5,000 levels deep, a 1 MB paragraph, garbage...
const SCALE = 1;
// The pages that hold a story (the rest hold none: garbage, a frameset, nothing).
// prettier-ignore
const STORIES = new Set(['huge-20mb', 'many-elements', 'deep-nesting', 'deep-inline-nesting', 'one-huge-paragraph', 'wide-table', 'many-unclosed']);
// What the popup says when the page did not answer within its deadline: a clear message, not a spinner.
const TIMED_OUT = /did not answer in time/;

describe.each(['chromium', 'firefox'] as BrowserName[])('huge and malformed pages in the popup, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    const pages: Record<string, string> = { '/hung-page/': hungPage() };
    for (const p of PATHOLOGICAL_PAGES) pages[`/${p.name}/`] = p.html(SCALE);
    server = await startFixtureServer(pages);
    driver = await launch(name);
  }, 300_000);
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available).each(PATHOLOGICAL_PAGES.map((p) => [p.name] as const))(
    '%s: an article or a clear message, and the tab still answers',
    async (page) => {
      // A story page the popup's article check turns away is still read when the reader asks ("Show it anyway"):
      // what is tested here is that a huge page gives its story or a clear message, and the tab lives.
      const r = await readHugePage(driver, server.url(`/${page}/`), { showAnyway: STORIES.has(page) });
      // The figures go to the log (bench:pathological prints them too); timing is measured there, not asserted here.
      console.log(
        `${name} ${page}: load ${r.loadMs} ms, reader ${r.readerMs} ms, longest stall of the page ${r.longestStallMs} ms, ${r.state}${r.shownAnyway ? ' (shown anyway)' : ''}: ${r.shown.slice(0, 80)}`,
      );
      expect(r.state).not.toBe('still loading');
      expect(r.shown).not.toBe('');
      expect(r.answered).toBe(true);
      // The story's own words (the generated prose), not just the page's title.
      if (STORIES.has(page) && r.state === 'article') expect(r.shown).toMatch(/\b(?:minister|union|talks|dispute|conditions)\b/);
      else if (STORIES.has(page)) expect(r.shown).toMatch(TIMED_OUT);
      else expect(['not-article', 'error']).toContain(r.state);
    },
    180_000,
  );

  // Firefox under automation opens the popup's page only once the frozen page lets go (measured: 45 s
  // for a 45 s freeze; the page's performance.now() starts then), so its deadline cannot be watched there.
  it.skipIf(!available || name === 'firefox')(
    'a page that freezes its own thread: the popup gives up with a message instead of spinning',
    async () => {
      const r = await readHugePage(driver, server.url('/hung-page/'), { freezeMs: FREEZE_MS });
      console.log(`${name} hung-page: reader ${r.readerMs} ms, ${r.state}: ${r.shown.slice(0, 80)}`);
      expect(r.state).toBe('error');
      expect(r.shown).toMatch(TIMED_OUT);
    },
    180_000,
  );
});

/**
 * bench:pathological --old DIR: the popup's path of this build (a snapshot
 * taken in slices, read in the popup) beside an earlier build's (DIR is its
 * dist/, e.g. of 9ac9eaf, which extracted on the page's own thread), in the
 * same run, page by page, the two extensions in two browsers of the same
 * kind running side by side. For each page: the longest stall of the
 * page's main thread (a 20 ms heartbeat) and the time from opening the popup
 * to the article shown. With --corpus, the 91 scrapinghub pages too, served
 * locally under a CSP that lets nothing load or run (no network, and no
 * page script competing with the heartbeat).
 */
import type { HugePageReading } from '../../test/browser/support/read-huge-page';

export interface ComparedPage {
  path: string;
  kind: 'corpus' | 'pathological' | 'hung';
  html: string;
}

interface Pair {
  page: ComparedPage;
  old: HugePageReading;
  now: HugePageReading;
  /** In-page only: the page's own longest stall with no reader opened (same steps, same watch). */
  alone?: number;
}

/** Nothing of a saved page loads or runs: its pictures, scripts, styles and frames stay out. */
export const STATIC_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function compareBuilds(
  pages: ComparedPage[],
  oldDist: string,
  options: { serverHeaders: Record<string, Record<string, string>>; browsers?: string[]; inPage?: boolean },
): Promise<number> {
  const { readInPage } = await import('../../test/browser/support/read-in-page');
  // --in-page: the shortcut's and the automatic reader's path (the in-page reader) instead of the popup's.
  const read = async (driver: Awaited<ReturnType<typeof launch>>, url: string, opts: object): Promise<HugePageReading> => {
    if (!options.inPage) return readHugePage(driver, url, opts);
    const r = await readInPage(driver, url);
    const state = r.state === 'opened' ? 'article' : r.state;
    return { ...r, state, shown: state, shownAnyway: false };
  };
  const pathName = options.inPage ? 'in-page reader' : 'popup';
  const { browserAvailable } = await import('../../test/browser/harness/browsers');
  const { launch } = await import('../../test/browser/harness/driver');
  const { testExtensionDir } = await import('../../test/browser/harness/test-extension');
  const { startFixtureServer } = await import('../../test/browser/harness/fixture-server');
  const { readHugePage } = await import('../../test/browser/support/read-huge-page');
  const { FREEZE_MS } = await import('../../test/browser/support/hung-page');
  const server = await startFixtureServer(Object.fromEntries(pages.map((p) => [p.path, p.html])), options.serverHeaders);
  let failures = 0;
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      if (options.browsers && !options.browsers.includes(name)) continue;
      if (!browserAvailable(name)) {
        console.log(`\n(${name} is not installed: skipped)`);
        continue;
      }
      const target = name === 'chromium' ? 'chrome' : 'firefox';
      const now = await launch(name);
      const old = await launch(name, { extensionDir: testExtensionDir(target, oldDist) });
      const pairs: Pair[] = [];
      console.log(
        `\n${name}, ${pathName}: longest stall of the page's thread and reader opened → shown, this build (new) beside ${oldDist} (old), same run:`,
      );
      console.log(
        `  ${'page'.padEnd(34)} ${'stall old'.padStart(10)} ${'stall new'.padStart(10)} ${'shown old'.padStart(10)} ${'shown new'.padStart(10)}  new state`,
      );
      try {
        for (const page of pages) {
          const hung = page.kind === 'hung';
          // Firefox under automation opens the popup's page only after a frozen page lets go.
          if (hung && (name === 'firefox' || options.inPage)) continue;
          const opts = hung ? { freezeMs: FREEZE_MS } : { showAnyway: true };
          const url = server.url(page.path);
          // Alternate which build goes first, so neither always meets a warmer browser cache or a quieter machine.
          const first = pairs.length % 2 === 0;
          // A page the browser could not even load in time (a loaded machine) is reported and passed over, not the end of the run.
          let a: HugePageReading;
          let b: HugePageReading;
          try {
            a = await read(first ? now : old, url, opts);
            b = await read(first ? old : now, url, opts);
          } catch (error) {
            failures++;
            console.log(`  ${page.path.slice(0, 34).padEnd(34)} FAIL ${error instanceof Error ? error.message : String(error)}`);
            continue;
          }
          // The page's own floor, with no reader (in-page only: the popup's path has its own page load).
          const alone = options.inPage && !hung ? (await readInPage(now, url, { open: false })).longestStallMs : undefined;
          const pair: Pair = { page, now: first ? a : b, old: first ? b : a, alone };
          pairs.push(pair);
          const bad = pair.now.state === 'still loading' || !pair.now.shown || (!pair.now.answered && !hung);
          if (bad) failures++;
          const s = (ms: number) => (hung ? 'page' : `${ms} ms`);
          const floor = alone === undefined ? '' : `  (page alone ${alone} ms)`;
          console.log(
            `  ${page.path.slice(0, 34).padEnd(34)} ${s(pair.old.longestStallMs).padStart(10)} ${s(pair.now.longestStallMs).padStart(10)} ${`${pair.old.readerMs} ms`.padStart(10)} ${`${pair.now.readerMs} ms`.padStart(10)}  ${pair.now.state}${pair.now.shownAnyway ? ' (anyway)' : ''}${bad ? '  FAIL' : ''}${floor}`,
          );
        }
      } finally {
        await now.close();
        await old.close();
      }
      summarize(`${name}, ${pathName}`, pairs);
    }
  } finally {
    await server.close();
  }
  return failures;
}

function summarize(name: string, pairs: Pair[]): void {
  for (const kind of ['corpus', 'pathological'] as const) {
    const rows = pairs.filter((p) => p.page.kind === kind);
    if (!rows.length) continue;
    const stall = (which: 'old' | 'now') => rows.map((p) => p[which].longestStallMs);
    const shownBoth = rows.filter((p) => p.old.state === p.now.state);
    const ratios = shownBoth.map((p) => p.now.readerMs / Math.max(1, p.old.readerMs));
    console.log(`\n${name}, ${kind} pages (${rows.length}): longest stall of the page's thread`);
    console.log(
      `  old: median ${percentile(stall('old'), 50)} ms, p95 ${percentile(stall('old'), 95)} ms, max ${Math.max(...stall('old'))} ms`,
    );
    console.log(
      `  new: median ${percentile(stall('now'), 50)} ms, p95 ${percentile(stall('now'), 95)} ms, max ${Math.max(...stall('now'))} ms`,
    );
    const alone = rows.flatMap((p) => (p.alone === undefined ? [] : [p.alone]));
    if (alone.length)
      console.log(
        `  the page alone, no reader opened (its own floor): median ${percentile(alone, 50)} ms, p95 ${percentile(alone, 95)} ms, max ${Math.max(...alone)} ms`,
      );
    console.log(
      `  opened → shown, new/old: median ratio ${percentile(ratios, 50).toFixed(2)} over the ${shownBoth.length} pages where both ended in the same state`,
    );
  }
}

/**
 * npm run bench:pathological (also the end of bench:fuzz): each huge or
 * malformed page of test/fuzz/pathological-pages.ts at full size,
 *
 * 1. through the command-line tool's path (cleanHtml on jsdom, then key
 *    figures), each page in a child process of its own (a fresh heap; jsdom
 *    keeps memory per page) with a deadline: size, time, what came back;
 * 2. through the built extension in Chromium and Firefox (npm run build
 *    first; skipped for a browser that is not installed): time to load,
 *    time until the reader left its spinner, what it showed, and the longest
 *    the page's own main thread stalled meanwhile (the tab's
 *    responsiveness); plus a story page that freezes its own thread for 45 s,
 *    which only the reader's deadline can answer.
 *
 * Options: --scale N (default 1), --only name, --no-node, --no-browsers,
 * --deadline S (seconds per page in Node, default 300).
 *
 * --old DIR compares, in the same run, this build's popup with the build in
 * DIR (a dist/ with chrome/ and firefox/; build 9ac9eaf there for the
 * in-page extraction the popup used before its snapshot): longest stall of
 * the page's thread, median and p95, and popup-open → shown, new/old
 * (bench/lib/stall-compare.ts). --corpus adds the 91 scrapinghub pages
 * served locally (--corpus-every N: every Nth of them); --browser NAME only
 * chromium or firefox. --in-page measures the in-page reader's path (the
 * shortcut's and the automatic reader's: content/in-page-reader.js toggled
 * open, test/browser/support/read-in-page.ts) instead of the popup's, with
 * the page's own longest stall when no reader is opened beside (its floor:
 * a saved news page still lays itself out after its load event);
 * --both runs the popup's, then the in-page reader's.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATHOLOGICAL_PAGES } from '../test/fuzz/pathological-pages';
import { runCase } from '../test/fuzz/check-case';
import { isCut, MAX_HTML_CHARS } from '../src/node/clean-html';
import type { ComparedPage } from './lib/stall-compare';

interface NodeRow {
  name: string;
  mb: number;
  extractMs: number;
  figuresMs: number;
  outcome: string;
  ok: boolean;
}

const here = fileURLToPath(import.meta.url);

/** One page in this process (the child's side). */
function runOne(name: string, scale: number): NodeRow {
  const page = PATHOLOGICAL_PAGES.find((p) => p.name === name)!;
  const html = page.html(scale);
  const outcome = runCase(html);
  const what = outcome.ok
    ? outcome.summary + (isCut(html) ? ` (the first ${MAX_HTML_CHARS / 1e6} MB read)` : '')
    : `FAIL ${outcome.problems.join(' | ').slice(0, 200)}`;
  return { name, mb: html.length / 1e6, extractMs: outcome.extractMs, figuresMs: outcome.figuresMs, outcome: what, ok: outcome.ok };
}

function runChild(name: string, scale: number, deadlineMs: number): Promise<NodeRow | string> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, '--max-old-space-size=6144', here, '--worker', name, '--scale', String(scale)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      out += c;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) resolve(JSON.parse(line.slice(7)) as NodeRow);
      else
        resolve(
          signal === 'SIGKILL'
            ? `no answer within ${deadlineMs / 1000} s (stopped)`
            : `the process ended without an answer (status ${status}, signal ${signal})`,
        );
    });
  });
}

export async function runPathologicalNode(scale: number, only?: string, deadlineMs = 300_000): Promise<number> {
  console.log(
    `\npathological pages, command-line path (cleanHtml on jsdom + key figures; one process per page, deadline ${deadlineMs / 1000} s), scale ${scale}:`,
  );
  let failures = 0;
  for (const p of PATHOLOGICAL_PAGES) {
    if (only && p.name !== only) continue;
    const row = await runChild(p.name, scale, deadlineMs);
    if (typeof row === 'string') {
      failures++;
      console.log(`  ${p.name.padEnd(20)} ${row}  (${p.shape})`);
      continue;
    }
    if (!row.ok) failures++;
    console.log(
      `  ${p.name.padEnd(20)} ${row.mb.toFixed(2).padStart(6)} MB  ${(row.extractMs / 1000).toFixed(1).padStart(6)} s read  ${(row.figuresMs / 1000).toFixed(1).padStart(5)} s figures  ${row.outcome}  (${p.shape})`,
    );
  }
  return failures;
}

export async function runPathologicalBrowsers(scale: number, only?: string): Promise<number> {
  // Loaded here so the Node part runs without puppeteer's browsers or a build.
  const { browserAvailable } = await import('../test/browser/harness/browsers');
  const { launch } = await import('../test/browser/harness/driver');
  const { startFixtureServer } = await import('../test/browser/harness/fixture-server');
  const { readHugePage } = await import('../test/browser/support/read-huge-page');
  const { FREEZE_MS, hungPage } = await import('../test/browser/support/hung-page');
  if (!existsSync(join(here, '../../dist/chrome/manifest.json'))) {
    console.log('\n(browsers skipped: run npm run build first)');
    return 0;
  }
  const pages: Record<string, string> = {};
  for (const p of PATHOLOGICAL_PAGES) if (!only || p.name === only) pages[`/${p.name}/`] = p.html(scale);
  if (!only || only === 'hung-page') pages['/hung-page/'] = hungPage();
  // Firefox under automation opens the popup's page only after a frozen page lets go: nothing to measure there.
  const skipHung = (browser: string) => browser === 'firefox';
  const server = await startFixtureServer(pages);
  let failures = 0;
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      if (!browserAvailable(name)) {
        console.log(`\n(${name} is not installed: skipped)`);
        continue;
      }
      console.log(`\npathological pages in ${name}, the built extension's popup (scale ${scale}):`);
      console.log(
        `  ${'page'.padEnd(20)} ${'load'.padStart(7)} ${'reader'.padStart(8)} ${'stall'.padStart(8)}  state: what the reader shows`,
      );
      const driver = await launch(name);
      try {
        for (const path of Object.keys(pages)) {
          const hung = path === '/hung-page/';
          if (hung && skipHung(name)) {
            console.log(`  ${'hung-page'.padEnd(20)} (not measurable in ${name} under automation)`);
            continue;
          }
          const r = await readHugePage(driver, server.url(path), hung ? { freezeMs: FREEZE_MS } : { showAnyway: true });
          const bad = r.state === 'still loading' || !r.shown || (!r.answered && !hung);
          if (bad) failures++;
          // The frozen page's stall is its own doing (45 s), not the extension's.
          const stall = hung ? 'page' : `${(r.longestStallMs / 1000).toFixed(1)}s`;
          console.log(
            `  ${path.slice(1, -1).padEnd(20)} ${(r.loadMs / 1000).toFixed(1).padStart(6)}s ${(r.readerMs / 1000).toFixed(1).padStart(7)}s ${stall.padStart(8)}  ${r.state}: ${r.shown.slice(0, 70)}${r.answered ? '' : '  (the page no longer answers)'}${bad ? '  FAIL' : ''}`,
          );
        }
      } finally {
        await driver.close();
      }
    }
  } finally {
    await server.close();
  }
  return failures;
}

/** --old: this build beside another, same pages, same run; `corpusEvery` 0 leaves the corpus out. */
async function runComparison(
  oldDist: string,
  scale: number,
  only: string | undefined,
  corpusEvery: number,
  inPage: boolean,
): Promise<number> {
  const { compareBuilds, STATIC_PAGE_CSP } = await import('./lib/stall-compare');
  const { hungPage } = await import('../test/browser/support/hung-page');
  const { corpusEntries, readPageHtml } = await import('./lib/load-corpus');
  if (!existsSync(join(oldDist, 'chrome/manifest.json'))) throw new Error(`${oldDist}/chrome is missing: build the old commit there first`);
  const pages: ComparedPage[] = [];
  const headers: Record<string, Record<string, string>> = {};
  if (corpusEvery > 0) {
    corpusEntries('scrapinghub').forEach((e, i) => {
      if (i % corpusEvery) return;
      // The page's own path, so the address reads as it did on its site (the article decision looks at it).
      const path = `/c${i}${new URL(e.url).pathname.replace(/\/?$/, '/')}`;
      pages.push({ path, kind: 'corpus', html: readPageHtml('scrapinghub', e.id) });
      headers[path] = { 'content-security-policy': STATIC_PAGE_CSP };
    });
  }
  for (const p of PATHOLOGICAL_PAGES)
    if (!only || p.name === only) pages.push({ path: `/${p.name}/`, kind: 'pathological', html: p.html(scale) });
  if (!only || only === 'hung-page') pages.push({ path: '/hung-page/', kind: 'hung', html: hungPage() });
  const browsers = process.argv.includes('--browser') ? [process.argv[process.argv.indexOf('--browser') + 1]!] : undefined;
  return compareBuilds(pages, oldDist, { serverHeaders: headers, browsers, inPage });
}

if (process.argv[1] === here) {
  const args = process.argv.slice(2);
  const at = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const scale = Number(at('--scale') ?? 1);
  if (args.includes('--worker')) {
    console.log(`RESULT ${JSON.stringify(runOne(at('--worker')!, scale))}`);
  } else {
    const only = at('--only');
    let failures = 0;
    if (!args.includes('--no-node')) failures += await runPathologicalNode(scale, only, Number(at('--deadline') ?? 300) * 1000);
    const old = at('--old');
    if (old) {
      const corpusEvery = args.includes('--corpus') ? Number(at('--corpus-every') ?? 1) : 0;
      // --in-page: the in-page reader (shortcut, automatic reader); --both: the popup, then the in-page reader.
      for (const inPage of args.includes('--both') ? [false, true] : [args.includes('--in-page')])
        failures += await runComparison(old, scale, only, corpusEvery, inPage);
    } else if (!args.includes('--no-browsers')) failures += await runPathologicalBrowsers(scale, only);
    console.log(`\n${failures} failure(s)`);
    process.exitCode = failures ? 1 : 0;
  }
}

/**
 * npm start: build both extensions and the command-line tool, then show the
 * product on the bundled sample article. With a display, Chromium opens with
 * the extension loaded on the sample page (click the toolbar button). Without
 * one, the cleaned sample is printed and the popup's page is saved as a user
 * sees it, at 780 × 580 (what the popup asks for) and at a narrow 600 × 500
 * (a zoomed browser), each checked to show the headline at the top.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserAvailable, EXECUTABLES } from '../test/browser/harness/browsers';
import { launch, readerState, saveScreenshot } from '../test/browser/harness/driver';
import { startFixtureServer } from '../test/browser/harness/fixture-server';
import { openPopupPage } from '../test/browser/harness/popup-page';

const root = resolve(import.meta.dirname, '..');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run('npm', ['run', '-s', 'build']);
run('npm', ['run', '-s', 'build:cli']);

console.log('\n── The bundled sample article, cleaned (npx article-cleaner --format text) ──\n');
run(process.execPath, [resolve(root, 'bin/article-cleaner.js'), '--format', 'text']);

const sample = readFileSync(resolve(root, 'samples/sample-article.html'), 'utf8');
const path = '/2022/04/20/us-secretary-of-defense-chinese-colleague/';

if (!browserAvailable('chromium')) {
  console.log('\nChromium is not installed (apt-get install chromium), so no popup screenshot this time.');
  process.exit(0);
}

const server = await startFixtureServer({ [path]: sample });
if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  // A real window and a real click: the toolbar button gives the popup activeTab, as for a user.
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: EXECUTABLES.chromium,
    headless: false,
    pipe: true,
    enableExtensions: [resolve(root, 'dist/chrome')],
    defaultViewport: null,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const [page] = await browser.pages();
  await (page ?? (await browser.newPage())).goto(server.url(path));
  console.log(`\nChromium is open on ${server.url(path)} with Article Cleaner loaded.`);
  console.log('Click the Article Cleaner button in the toolbar (pin it from the puzzle-piece menu). Close the window to stop.');
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
} else {
  const driver = await launch('chromium');
  try {
    const tab = await driver.openTab(server.url(path));
    console.log('\nNo display: the popup was opened headless on the sample page.');
    for (const [size, name] of [
      [{ width: 780, height: 580 }, 'start-popup'],
      [{ width: 600, height: 500 }, 'start-popup-600x500'],
    ] as const) {
      const popup = await openPopupPage(driver, tab, size);
      const state = await readerState(popup);
      // The key figures come a moment after the article; the screenshot shows them.
      await popup.waitForFunction(() => document.body.dataset.figures !== 'loading', { timeout: 30_000 }).catch(() => undefined);
      const view = await popup.evaluate(() => ({
        headlineTop: Math.round(document.querySelector('.reader-title')?.getBoundingClientRect().top ?? -1),
        fits: (document.scrollingElement?.scrollHeight ?? 0) === innerHeight,
      }));
      const shot = await saveScreenshot(popup, name);
      const ok = state === 'article' && view.headlineTop >= 0 && view.headlineTop < 120 && view.fits;
      console.log(
        `${size.width}×${size.height}: ${state}, headline ${view.headlineTop} px from the top${view.fits ? '' : ', the page scrolls as a document (a bug)'}: ${shot}`,
      );
      if (!ok) process.exitCode = 1;
      await popup.close();
    }
  } finally {
    await driver.close();
  }
}
await server.close();

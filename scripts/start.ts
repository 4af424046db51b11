/**
 * npm start: build both extensions and the command-line tool, then show the
 * product on the bundled sample article. With a display, Chromium opens with
 * the extension loaded on the sample page (click the toolbar button). Without
 * one, the cleaned sample is printed and a screenshot of the popup is saved.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserAvailable, EXECUTABLES } from '../test/browser/harness/browsers';
import { launch, readerState, saveScreenshot } from '../test/browser/harness/driver';
import { startFixtureServer } from '../test/browser/harness/fixture-server';

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
    browser: 'chrome', executablePath: EXECUTABLES.chromium, headless: false, pipe: true,
    enableExtensions: [resolve(root, 'dist/chrome')], defaultViewport: null,
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
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
    const popup = await driver.openReader(tab);
    const state = await readerState(popup);
    const shot = await saveScreenshot(popup, 'start-popup');
    console.log(`\nNo display: the popup was opened headless on the sample page (state: ${state}).`);
    console.log(`Screenshot of the popup: ${shot}`);
  } finally {
    await driver.close();
  }
}
await server.close();

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EXECUTABLES, type BrowserName } from './browsers';
import { FIREFOX_UUID, GECKO_ID, ROOT, testExtensionDir } from './test-extension';

export const SCREENSHOT_DIR = join(ROOT, 'artifacts', 'screenshots');

/** What a test does with the built extension, the same way in both browsers. */
export interface Driver {
  name: BrowserName;
  browser: Browser;
  extensionOrigin: string;
  /** An extension page of ours, to call extension APIs from. */
  control: Page;
  /** A tab showing url, ready. */
  openTab(url: string): Promise<Page>;
  /** The reader for that tab: the real toolbar popup in Chromium, popup.html?tab=<id> in Firefox. */
  openReader(tab: Page, options?: { view?: 'popup' | 'tab' }): Promise<Page>;
  /** The same for a tab the extension opens itself (pages whose URL the test build cannot see, like chrome://). */
  openReaderForNewTab(url: string): Promise<Page>;
  /** Any page of the extension by its path (options/options.html), ready. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

// prettier-ignore
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'];

export interface LaunchOptions {
  /** A profile kept between launches (to test what survives a restart); a fresh one otherwise. */
  userDataDir?: string;
  /** The unpacked test extension to load; the same folder again keeps the same extension. */
  extensionDir?: string;
  /** Where downloads go, without asking (to read back what Save wrote). */
  downloadDir?: string;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium(options: LaunchOptions): Promise<Driver> {
  const extensionDir = options.extensionDir ?? testExtensionDir('chrome');
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    // Loaded at every start from the same folder, so a kept profile finds the same extension again.
    enableExtensions: [extensionDir],
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1100, height: 800 },
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 20_000,
  });
  if (options.downloadDir) {
    const session = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: options.downloadDir });
  }
  const id = new URL(worker.url()).host;
  const origin = `chrome-extension://${id}`;
  // An extension page to call extension APIs from, as a test would from the background.
  const control = await browser.newPage();
  await control.goto(`${origin}/popup/popup.html?view=tab&tab=0`);
  return {
    name: 'chromium',
    browser,
    extensionOrigin: origin,
    control,
    openTab: (url) => openTab(browser, url),
    async openReader(tab, options = {}) {
      const tabId = await tabIdOf(control, tab.url());
      if (options.view === 'tab') return openChromiumPage(browser, `${origin}/popup/popup.html?view=tab&tab=${tabId}`);
      await tab.bringToFront();
      return openPopup(tabId);
    },
    async openReaderForNewTab(url) {
      return openPopup(await createTab(control, url));
    },
    openExtensionPage: (path) => openChromiumPage(browser, `${origin}/${path}`),
    close: () => browser.close(),
  };

  async function openPopup(tabId: number): Promise<Page> {
    const before = new Set(browser.targets());
    await control.evaluate(async (id: number) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { update(id: number, p: object): Promise<unknown> }; action: { openPopup(): Promise<void> } };
        }
      ).chrome;
      await api.tabs.update(id, { active: true });
      await api.action.openPopup();
    }, tabId);
    const target = await browser.waitForTarget(
      (t) => !before.has(t) && t.type() === 'page' && t.url().startsWith(`${origin}/popup/popup.html`),
      { timeout: 15_000 },
    );
    const page = await target.asPage();
    await page.setViewport({ width: 800, height: 600 });
    return page;
  }
}

async function launchFirefox(options: LaunchOptions): Promise<Driver> {
  const extensionDir = options.extensionDir ?? testExtensionDir('firefox');
  // A temporary add-on (installed over BiDi) is gone after a restart. With a kept profile the
  // extension is installed into the profile instead, as a package Firefox ESR loads at every start.
  if (options.userDataDir) installIntoProfile(extensionDir, options.userDataDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...(options.downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': options.downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.start_downloads_in_tmp_dir': false,
          }
        : {}),
      ...(options.userDataDir
        ? { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.startupScanScopes': 15 }
        : {}),
    },
    defaultViewport: { width: 1100, height: 800 },
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
  });
  if (!options.userDataDir) await browser.installExtension(extensionDir);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const control = await openFirefoxExtensionPage(browser, `${origin}/popup/popup.html?view=tab&tab=0`);
  async function openReaderById(tabId: number, view: 'popup' | 'tab'): Promise<Page> {
    const page = await openFirefoxExtensionPage(browser, `${origin}/popup/popup.html?view=${view}&tab=${tabId}`);
    await page.setViewport({ width: 800, height: 600 });
    return page;
  }
  return {
    name: 'firefox',
    browser,
    extensionOrigin: origin,
    control,
    openTab: (url) => openTab(browser, url),
    async openReader(tab, options = {}) {
      const tabId = await tabIdOf(control, tab.url());
      return openReaderById(tabId, options.view ?? 'popup');
    },
    async openReaderForNewTab(url) {
      return openReaderById(await createTab(control, url), 'popup');
    },
    openExtensionPage: (path) => openFirefoxExtensionPage(browser, `${origin}/${path}`),
    close: () => browser.close(),
  };
}

/** Zips the unpacked extension into the profile's extensions folder (unsigned: ESR allows it with the pref above). */
function installIntoProfile(extensionDir: string, profileDir: string): void {
  const target = join(profileDir, 'extensions', `${GECKO_ID}.xpi`);
  if (existsSync(target)) return;
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'article-cleaner-xpi-'));
  execFileSync(
    join(ROOT, 'node_modules/.bin/web-ext'),
    [
      'build',
      '--source-dir',
      extensionDir,
      '--artifacts-dir',
      out,
      '--filename',
      'extension.xpi',
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { stdio: 'ignore' },
  );
  copyFileSync(join(out, 'extension.xpi'), target);
}

/**
 * Puppeteer's 30 s navigation default is shorter than a 5 MB test page takes
 * to load on a loaded two-core CI machine (seen: the binary-garbage page in
 * Chromium at load average 18). The test's own timeout still bounds it.
 */
const NAVIGATION_TIMEOUT_MS = 90_000;

async function openTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function openChromiumPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  await page.goto(url);
  return page;
}

/**
 * Firefox hides extension pages from WebDriver BiDi's navigation events, so
 * goto() never resolves: start it, then poll until the page is there.
 */
async function openFirefoxExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  await pollUntil(() => page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url), `${url} to open`);
  return page;
}

/** The browser's id for the tab showing url, asked from an extension page. */
async function tabIdOf(control: Page, url: string): Promise<number> {
  return pollUntil(
    () =>
      control.evaluate(async (u: string) => {
        const g = globalThis as unknown as {
          browser?: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
          chrome?: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
        };
        const api = g.browser ?? g.chrome;
        const tabs = await api!.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url),
    `a tab id for ${url}`,
  );
}

/** Opens url in a new background tab from an extension page; returns its id. */
async function createTab(control: Page, url: string): Promise<number> {
  const id = await control.evaluate(async (u: string) => {
    const g = globalThis as unknown as {
      browser?: { tabs: { create(p: object): Promise<{ id?: number }> } };
      chrome?: { tabs: { create(p: object): Promise<{ id?: number }> } };
    };
    const tab = await (g.browser ?? g.chrome)!.tabs.create({ url: u, active: true });
    return tab.id ?? null;
  }, url);
  if (typeof id !== 'number') throw new Error(`could not open ${url}`);
  await new Promise((r) => setTimeout(r, 500));
  return id;
}

/** Waits until the reader has left its loading state; returns that state. */
export async function readerState(page: Page, timeoutMs = 30_000): Promise<string> {
  return pollUntil(
    () =>
      page.evaluate(() => {
        const s = document.body?.dataset.state;
        return s && s !== 'loading' && s !== 'page-loading' ? s : null;
      }),
    'the reader to finish loading',
    timeoutMs,
  );
}

export async function pollUntil<T>(fn: () => Promise<T | null | false | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v !== null && v !== false && v !== undefined) return v;
    } catch (error) {
      lastError = error; // the page is navigating; try again
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}

/**
 * Key figures in the in-page reader (issue #18): the popup's list and
 * click-to-highlight, computed off the page's thread after the article is on
 * screen, in a panel that folds away, coloured by the reader's theme, with
 * no accessibility violations in light, dark and sepia.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { axeAvailable } from './harness/axe';
import { axeInPageReader } from './support/axe-in-page-reader';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, saveScreenshot, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { runInReader } from './support/describe-reader';
import { callReader, tabIdFor } from './support/extension-calls';

const ARTICLE = '/2022/04/20/us-secretary-of-defense/';

interface Panel {
  state: string | null;
  open: boolean;
  people: string[];
  numbers: number;
  background: string;
  text: string;
}
// Functions of the reader's shadow root, sent as source.
const READ_PANEL = `(root) => {
  const panel = root.querySelector('.in-page-figures');
  const scroller = root.querySelector('.scroller');
  return panel && {
    state: scroller.dataset.figures ?? null,
    open: panel.open,
    people: Array.from(panel.querySelectorAll('#figures-people ~ ul .figure-name')).map((n) => n.textContent),
    numbers: panel.querySelectorAll('#figures-numbers ~ ul .figure, .figures-all .figure').length,
    background: getComputedStyle(panel).backgroundColor,
    text: getComputedStyle(panel).color,
  };
}`;
const CHOOSE_FIRST_PERSON = `(root) => {
  const button = root.querySelector('.in-page-figures #figures-people ~ ul .figure');
  button.click();
  const marks = Array.from(root.querySelectorAll('.reader-body .reader-highlight')).map((m) => m.textContent).join('');
  return { pressed: button.getAttribute('aria-pressed'), sentence: button.title, marks };
}`;
const FOLD = `(root) => { const s = root.querySelector('.in-page-figures > summary'); s.click(); return root.querySelector('.in-page-figures').open; }`;

async function setTheme(driver: Driver, theme: string): Promise<void> {
  await driver.control.evaluate(async (th: string) => {
    type Api = { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const current = (await api.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
    await api.storage.sync.set({ settings: { ...(current ?? {}), theme: th } });
  }, theme);
}

describe.each(['chromium', 'firefox'] as BrowserName[])('key figures in the in-page reader, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [ARTICLE]: readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8') });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('lists the people and numbers, highlights the chosen one, folds away, follows the theme, axe-clean', async () => {
    const tab = await driver.openTab(server.url(ARTICLE));
    const tabId = await tabIdFor(driver.control, tab.url());
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
    const panel = () => runInReader<Panel>(driver.control, tabId, tab, READ_PANEL);
    const ready = await pollUntil(async () => ((await panel())?.state === 'ready' ? panel() : null), 'the key figures', 30_000);
    expect(ready!.open).toBe(true);
    expect(ready!.people.join(' | ')).toMatch(/Austin/);
    expect(ready!.numbers).toBeGreaterThan(0);

    const chosen = await runInReader<{ pressed: string; sentence: string; marks: string }>(driver.control, tabId, tab, CHOOSE_FIRST_PERSON);
    expect(chosen!.pressed).toBe('true');
    expect(chosen!.marks.length).toBeGreaterThan(10);
    expect(chosen!.sentence).toContain(chosen!.marks.slice(0, 10));
    await saveScreenshot(tab, `${name}-in-page-figures`);

    const colours: Record<string, string> = {};
    for (const theme of ['light', 'dark', 'sepia']) {
      await setTheme(driver, theme);
      const themeNow = () => runInReader<string>(driver.control, tabId, tab, `(root) => root.querySelector('.scroller').dataset.theme`);
      await pollUntil(async () => (await themeNow()) === theme, `the ${theme} theme`, 10_000);
      colours[theme] = (await panel())!.background;
      if (axeAvailable()) {
        const violations = await axeInPageReader(driver, tabId, tab);
        expect(violations, `${theme}: ${JSON.stringify(violations)}`).toEqual([]);
      }
    }
    expect(new Set(Object.values(colours)).size, JSON.stringify(colours)).toBe(3);
    await setTheme(driver, 'light');

    expect(await runInReader<boolean>(driver.control, tabId, tab, FOLD)).toBe(false);
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');
    await tab.close();
  });
});

/**
 * Outline, Edit and key figures inside the in-page reader (closed shadow
 * root, reached from outside as describe-reader.ts does): the outline of a
 * story with four subheadings follows the reader's scrolling; Edit removes a
 * block by keyboard, Ctrl+Z puts it back, and the rule applies on the site's
 * next page in the in-page reader; the key figures of the removed block
 * leave the list and come back on undo, there and in the full tab. And axe
 * finds nothing with all of them shown (outline open, Edit on, each toolbar
 * panel open with its folded groups unfolded) in light, dark and high contrast.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeAvailable } from './harness/axe';
import { axeInPageReader } from './support/axe-in-page-reader';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, saveScreenshot, type Driver } from './harness/driver';
import { storeSettings } from './harness/reader-page';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { runInReader } from './support/describe-reader';
import { callReader, tabIdFor } from './support/extension-calls';
import { NEXT_OFFER, QUAY, QUAY_NEXT, QUAY_OFFER, quayPages } from './support/quay-pages';

interface Shown {
  text: string;
  outline: string[];
  current: string | null;
  figures: string | null;
  /** The entries of the key-figures list not hidden, by name. */
  listed: string[];
  status: string;
  editing: boolean;
}
// Functions of the reader's shadow root, sent as source.
const SHOWN = `(root) => {
  const body = root.querySelector('.reader-body');
  if (!body) return null;
  return {
    text: body.textContent,
    outline: Array.from(root.querySelectorAll('.outline-link')).map((a) => a.textContent),
    current: root.querySelector('.outline-link[aria-current="location"]')?.textContent ?? null,
    figures: root.querySelector('.scroller').dataset.figures ?? null,
    listed: Array.from(root.querySelectorAll('.in-page-figures li:not([hidden]) .figure-name'))
      .filter((n) => !n.closest('[hidden]')).map((n) => n.textContent),
    status: root.querySelector('.edit-status')?.textContent ?? '',
    editing: root.querySelector('.toolbar-edit')?.getAttribute('aria-pressed') === 'true',
  };
}`;
const scrollTo = (heading: string) => `(root) => {
  const s = root.querySelector('.scroller');
  const el = Array.from(root.querySelectorAll('.reader-body h2')).find((x) => x.textContent === ${JSON.stringify(heading)});
  s.scrollTop += el.getBoundingClientRect().top - s.getBoundingClientRect().top - 150;
  s.dispatchEvent(new Event('scroll'));
  return true;
}`;
const FOCUS_EDIT = `(root) => { root.querySelector('.toolbar-edit').focus(); return root.activeElement?.className ?? null; }`;
const FOCUS_OFFER = `(root) => {
  const box = Array.from(root.querySelectorAll('.editable-block')).find((b) => b.textContent.includes('Cruises'));
  box?.focus();
  return root.activeElement === box;
}`;

/** Opens the outline, turns Edit on, and opens one toolbar panel (closing the others) with its folded groups unfolded. */
const SHOW_ALL = (panel: string) => `(root) => {
  const outline = root.querySelector('details.outline');
  if (outline) outline.open = true;
  const edit = root.querySelector('.toolbar-edit');
  if (edit.getAttribute('aria-pressed') !== 'true') edit.click();
  const panel = root.querySelector('#toolbar-${panel}');
  if (panel.hidden) root.querySelector('.toolbar-${panel}').click();
  for (const d of root.querySelectorAll('details.setting-group')) d.open = true;
  return !panel.hidden && !!outline && root.querySelector('.edit-strip:not([hidden])') !== null;
}`;

async function storedRules(driver: Driver): Promise<Record<string, unknown[]>> {
  return driver.control.evaluate(async () => {
    type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return ((await (g.browser ?? g.chrome)!.storage.local.get('siteRules')).siteRules ?? {}) as Record<string, unknown[]>;
  });
}

const press = async (page: Page, key: 'Enter' | 'Delete' | 'z', ctrl = false) => {
  if (ctrl) await page.keyboard.down('Control');
  await page.keyboard.press(key);
  if (ctrl) await page.keyboard.up('Control');
};

describe.each(['chromium', 'firefox'] as BrowserName[])('outline, Edit and key figures in the in-page reader, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer(quayPages);
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)('the full tab drops the removed block’s key figures and brings them back on undo', async () => {
    const tab = await driver.openTab(server.url(QUAY));
    const full = await driver.openReader(tab, { view: 'tab' });
    expect(await readerState(full)).toBe('article');
    await full.bringToFront();
    await full.waitForFunction(() => document.body.dataset.figures === 'ready', { timeout: 30_000 });
    const listed = () =>
      full.$$eval('li:not([hidden]) > button.figure .figure-name', (ns) =>
        ns.filter((n) => !n.closest('[hidden]')).map((n) => n.textContent),
      );
    expect(await listed()).toEqual(expect.arrayContaining(['Owen Price', 'Mara Lind', '40 percent', '12 million pounds']));
    await full.focus('.toolbar-edit');
    await press(full, 'Enter');
    await full.waitForSelector('.edit-strip:not([hidden])');
    await full.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.editable-block'))
        .find((b) => b.textContent?.includes('Cruises'))
        ?.focus(),
    );
    await press(full, 'Delete');
    await pollUntil(async () => !(await listed()).includes('Mara Lind'), 'Mara Lind to leave the list', 5_000);
    const after = await listed();
    expect(after).not.toContain('40 percent');
    expect(after).toEqual(expect.arrayContaining(['Owen Price', '12 million pounds']));
    await press(full, 'z', true);
    await pollUntil(async () => (await listed()).includes('Mara Lind'), 'Mara Lind back on undo', 5_000);
    expect(await listed()).toContain('40 percent');
    // The rule the removal made is forgotten by the undo: the in-page test below starts from none.
    await pollUntil(async () => Object.keys(await storedRules(driver)).length === 0, 'the rule to be forgotten', 5_000);
    await full.close();
    await tab.close();
  });

  it.skipIf(!available)(
    'shows an outline that follows the scroll, removes a block by keyboard with undo, and the rule holds on the next page',
    async () => {
      const tab = await driver.openTab(server.url(QUAY));
      await tab.bringToFront();
      const tabId = await tabIdFor(driver.control, tab.url());
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
      const shown = () => runInReader<Shown>(driver.control, tabId, tab, SHOWN);
      const ready = await pollUntil(async () => {
        const s = await shown();
        return s && s.figures === 'ready' && s.outline.length ? s : null;
      }, 'the in-page reader with its outline and key figures');
      expect(ready.outline).toEqual(['The pilots', 'The ferry crews', 'The fish market', 'Who pays']);
      expect(ready.listed).toEqual(expect.arrayContaining(['Owen Price', 'Mara Lind', '40 percent']));

      // The outline marks the section being read as the reader scrolls, both ways.
      for (const heading of ['The fish market', 'Who pays', 'The ferry crews']) {
        await runInReader(driver.control, tabId, tab, scrollTo(heading));
        await pollUntil(async () => (await shown())?.current === heading, `aria-current on ${heading}`, 5_000);
      }

      // Keyboard only: Edit, then the offer box, Delete.
      expect(await runInReader(driver.control, tabId, tab, FOCUS_EDIT)).toContain('toolbar-edit');
      await press(tab, 'Enter');
      await pollUntil(async () => (await shown())?.editing, 'edit mode', 5_000);
      expect(await runInReader(driver.control, tabId, tab, FOCUS_OFFER)).toBe(true);
      await press(tab, 'Delete');
      const removed = await pollUntil(async () => {
        const s = await shown();
        return s && s.status.includes('127.0.0.1') ? s : null;
      }, 'the removal to be remembered');
      expect(removed.text).not.toContain('Cruises');
      expect(removed.text).toContain('Paragraph 7 of the quay story');
      // Its key figures go with it; the rest stay.
      expect(removed.listed).not.toContain('Mara Lind');
      expect(removed.listed).not.toContain('40 percent');
      expect(removed.listed).toEqual(expect.arrayContaining(['Owen Price', '12 million pounds']));
      // Ctrl+Z puts it back, figures and all, and forgets the rule.
      await press(tab, 'z', true);
      const undone = await pollUntil(async () => {
        const s = await shown();
        return s && s.text.includes('Cruises') ? s : null;
      }, 'Undo to put the block back');
      expect(undone.listed).toEqual(expect.arrayContaining(['Mara Lind', '40 percent']));
      await pollUntil(async () => Object.keys(await storedRules(driver)).length === 0, 'the rule to be forgotten', 5_000);
      // Removed again: remembered for the site.
      expect(await runInReader(driver.control, tabId, tab, FOCUS_OFFER)).toBe(true);
      await press(tab, 'Delete');
      await pollUntil(async () => (await storedRules(driver))['127.0.0.1']?.length === 1, 'the rule to be stored', 10_000);
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');

      // The site's next page, in the in-page reader: the box of that shape is left out, the story is all there.
      const next = await driver.openTab(server.url(QUAY_NEXT));
      await next.bringToFront();
      const nextId = await tabIdFor(driver.control, next.url());
      expect(await callReader(driver.control, nextId, 'toggle')).toBe('opened');
      const second = await pollUntil(async () => {
        const s = await runInReader<Shown>(driver.control, nextId, next, SHOWN);
        return s && s.text ? s : null;
      }, 'the next page in the in-page reader');
      expect(second.text).not.toContain(NEXT_OFFER);
      expect(second.text).toContain('Paragraph 2 of the quay story');
      expect(second.text).toContain('Owen Price');
      // One subheading: no outline.
      expect(second.outline).toEqual([]);
      expect(QUAY_OFFER).toContain('Mara Lind');
      await next.close();
      await tab.close();
    },
    180_000,
  );

  it.skipIf(!available || !axeAvailable())(
    'axe finds nothing with the outline, Edit and each toolbar panel shown, in light, dark and high contrast',
    async () => {
      const tab = await driver.openTab(server.url(QUAY));
      await tab.bringToFront();
      const tabId = await tabIdFor(driver.control, tab.url());
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
      await pollUntil(async () => {
        const s = await runInReader<Shown>(driver.control, tabId, tab, SHOWN);
        return s && s.figures === 'ready' && s.outline.length > 0;
      }, 'the in-page reader with its outline and key figures');
      for (const theme of ['light', 'dark', 'contrast']) {
        await storeSettings(driver.control, { theme });
        const themeNow = () => runInReader<string>(driver.control, tabId, tab, `(root) => root.querySelector('.scroller').dataset.theme`);
        await pollUntil(async () => (await themeNow()) === theme, `the ${theme} theme`, 10_000);
        for (const panel of ['look', 'listen', 'save']) {
          expect(await runInReader(driver.control, tabId, tab, SHOW_ALL(panel)), `${panel} shown`).toBe(true);
          const violations = await axeInPageReader(driver, tabId, tab);
          expect(violations, `${theme}, ${panel}: ${JSON.stringify(violations)}`).toEqual([]);
          if (panel === 'look') await saveScreenshot(tab, `${name}-in-page-all-controls-${theme}`);
        }
      }
      await storeSettings(driver.control, {});
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');
      await tab.close();
    },
    180_000,
  );
});

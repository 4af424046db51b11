/**
 * The page cannot drive the extension: a page that replaces built-ins in its
 * own world, posts messages, dispatches fake key presses or looks for our
 * entry points changes nothing. Injecting twice is harmless.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../shared-path';
import { browserAvailable, type BrowserName } from './harness/browsers';
import { launch, pollUntil, readerState, type Driver } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { callSnapshot, callReader, probePage, tabIdFor } from './support/extension-calls';

const seed = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');
const HEADLINE = 'The US Secretary of Defense speaks for the first time with the Chinese colleague';

/**
 * Every built-in the snapshot script, the sanitizer and the reader lean on, replaced in the page's
 * world by a function that throws (and marks that it was called). Runs first in <head>.
 */
const SABOTAGE = `<script>
(() => {
  const root = document.documentElement;
  const boom = (name) => function () { root.dataset.calledFromPage = name; throw new Error('sabotaged ' + name); };
  const targets = [
    [Array.prototype, ['map', 'forEach', 'push', 'filter', 'slice', 'join', 'indexOf', 'includes', 'some', 'every', 'reduce', 'concat', 'splice', 'sort', 'find']],
    [Array, ['from', 'isArray']],
    [JSON, ['parse', 'stringify']],
    [Node.prototype, ['appendChild', 'cloneNode', 'insertBefore', 'removeChild', 'replaceChild', 'contains']],
    [Element.prototype, ['querySelectorAll', 'querySelector', 'getAttribute', 'setAttribute', 'removeAttribute', 'remove', 'append', 'attachShadow', 'closest', 'matches']],
    [Document.prototype, ['createElement', 'createTextNode', 'createTreeWalker', 'importNode']],
    [String.prototype, ['replace', 'replaceAll', 'split', 'trim', 'toLowerCase', 'match', 'includes', 'slice']],
    [RegExp.prototype, ['test', 'exec']],
    [Object, ['keys', 'entries', 'assign', 'freeze', 'getOwnPropertyNames', 'create']],
    [Map.prototype, ['get', 'set']],
    [Set.prototype, ['add', 'has']],
    [Promise.prototype, ['then']],
    [EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']],
    [window, ['setTimeout', 'getComputedStyle', 'scrollTo', 'fetch']],
  ];
  const define = Object.defineProperty;
  const mark = Element.prototype.setAttribute;
  for (const [obj, names] of targets) for (const name of names) define(obj, name, { value: boom(name), writable: true, configurable: true });
  define(Document.prototype, 'body', { get: boom('body'), configurable: true });
  define(Node.prototype, 'textContent', { get: boom('textContent'), set: boom('textContent'), configurable: true });
  define(Element.prototype, 'innerHTML', { get: boom('innerHTML'), set: boom('innerHTML'), configurable: true });
  define(Object, 'defineProperty', { value: boom('defineProperty') });
  let armed = false;
  try { [1].map((x) => x); } catch { armed = true; }
  try { Object.defineProperty({}, 'x', {}); } catch { armed = armed && true; }
  mark.call(root, 'data-sabotage', armed ? 'armed' : 'failed');
  delete root.dataset.calledFromPage; // the self-check above called two of them
})();
</script>`;

/** A page that tries to reach the reader from its own world, run from the test on demand. */
const PROBES = `<script>
window.attack = async () => {
  const seen = {
    reader: typeof window.__articleCleanerReader,
    cleaner: typeof window.__articleCleanerSnapshot,
    hostShadow: String(document.querySelector('article-cleaner-reader')?.shadowRoot),
  };
  // Messages in every shape the extension uses, to the page's own window (a reader listening would hear them).
  for (const m of [{ type: 'reader:closed', payload: { url: location.href } }, { action: 'toggle' }, { action: 'close' }, 'close']) window.postMessage(m, '*');
  // Untrusted Esc everywhere a listener could be: the window, the document, the reader's host, the focused element.
  const esc = () => new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, composed: true, cancelable: true });
  for (const target of [window, document, document.documentElement, document.querySelector('article-cleaner-reader'), document.activeElement]) target?.dispatchEvent(esc());
  // The extension's messaging, from the page: no externally_connectable, so there is none to reach.
  const runtime = window.chrome?.runtime ?? window.browser?.runtime;
  seen.runtime = typeof runtime?.sendMessage;
  if (runtime?.sendMessage) {
    try { await runtime.sendMessage('any-id', { type: 'reader:closed', payload: { url: location.href } }); seen.sent = 'delivered'; } catch { seen.sent = 'refused'; }
  }
  return seen;
};
</script>`;

const withHead = (html: string, script: string) => html.replace(/<head([^>]*)>/i, `<head$1>${script}`);
const SABOTAGED = '/2022/04/20/sabotaged/';
const PROBED = '/2022/04/20/probes/';

describe.each(['chromium', 'firefox'] as BrowserName[])('the page cannot drive the extension, %s', (name) => {
  const available = browserAvailable(name);
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startFixtureServer({ [SABOTAGED]: withHead(seed, SABOTAGE), [PROBED]: withHead(seed, PROBES) });
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)(
    'a page that replaced its built-ins with throwing ones is still read: popup, full tab and in-page reader',
    async () => {
      const tab = await driver.openTab(server.url(SABOTAGED));
      const tabId = await tabIdFor(driver.control, tab.url());
      // The sabotage ran in the page, but the extension's worlds are untouched.
      expect((await probePage(driver.control, tabId)).marks.sabotage).toBe('armed');
      for (const view of ['popup', 'tab'] as const) {
        const reader = await driver.openReader(tab, { view });
        expect(await readerState(reader), view).toBe('article');
        expect(await reader.$eval('.reader-title', (el) => el.textContent), view).toBe(HEADLINE);
        expect(await reader.evaluate(() => document.querySelectorAll('.reader-body p').length), view).toBeGreaterThan(10);
        await reader.close();
      }
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
      const after = await probePage(driver.control, tabId);
      expect(after.readers).toBe(1);
      // Not one of the page's replaced functions was called by the snapshot script or the reader.
      expect(after.marks.calledFromPage).toBeUndefined();
      expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');
      expect((await probePage(driver.control, tabId)).readers).toBe(0);
      await tab.close();
    },
  );

  it.skipIf(!available)('injected twice, the snapshot script and the reader keep one copy, one overlay, the right state', async () => {
    const tab = await driver.openTab(server.url(PROBED));
    const tabId = await tabIdFor(driver.control, tab.url());
    for (let i = 0; i < 2; i++) {
      const result = await callSnapshot(driver.control, tabId);
      expect(result.ok).toBe(true);
      expect(result.snapshot?.nonce).toBe('test');
      expect(result.snapshot?.html).toContain(HEADLINE);
      // Only a snapshot: the page's scripts are not in it.
      expect(result.snapshot?.html).not.toContain('window.attack');
    }
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
    expect(await callReader(driver.control, tabId, 'open')).toBe('already-open');
    expect((await probePage(driver.control, tabId)).readers).toBe(1);
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('closed');
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
    expect((await probePage(driver.control, tabId)).readers).toBe(1);
    await tab.close();
  });

  it.skipIf(!available)('the page sees no entry point, its messages and fake Esc do nothing; a real Esc closes the reader', async () => {
    const tab = await driver.openTab(server.url(PROBED));
    const tabId = await tabIdFor(driver.control, tab.url());
    await callSnapshot(driver.control, tabId);
    expect(await callReader(driver.control, tabId, 'toggle')).toBe('opened');
    const seen = await tab.evaluate(() => (window as unknown as { attack(): Promise<Record<string, string>> }).attack());
    expect(seen.reader).toBe('undefined');
    expect(seen.cleaner).toBe('undefined');
    // A closed shadow root: the page's scripts cannot walk into the reader.
    expect(seen.hostShadow).toBe('null');
    // Either the page has no extension messaging at all, or it cannot reach ours.
    expect(seen.runtime === 'undefined' || seen.sent === 'refused', JSON.stringify(seen)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect((await probePage(driver.control, tabId)).readers).toBe(1);
    // The listener itself works: the user's own Esc (trusted) closes it.
    await tab.bringToFront();
    await tab.keyboard.press('Escape');
    await pollUntil(async () => (await probePage(driver.control, tabId)).readers === 0, 'the reader to close on a real Esc', 5_000);
    await tab.close();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionApi } from '../../src/platform/extension-api';
import { parseDocument } from '../../src/node/parse-document';

/** What a real extension namespace offers content scripts, for one browser's URL scheme. */
function genuine(scheme: string, id: string) {
  const fn = () => Promise.resolve(undefined);
  return {
    runtime: { id, sendMessage: fn, getURL: (p: string) => `${scheme}://${id}/${p}` },
    i18n: { getMessage: () => 'x', getUILanguage: () => 'en' },
    storage: { sync: { get: fn, set: fn }, onChanged: { addListener: () => undefined, removeListener: () => undefined } },
  };
}

/**
 * The page's own clobbering as Chromium builds it for `<form id="NAME">` with
 * inputs named runtime and i18n: the form, whose named properties are the
 * inputs (jsdom has no form named getter, so they are attached here).
 */
function clobbered(html: string, name = 'browser'): unknown {
  const { document } = parseDocument(`<body>${html}</body>`, 'https://news.example/');
  const form = document.getElementById(name)!;
  for (const input of Array.from(form.querySelectorAll('input'))) Object.defineProperty(form, input.name, { value: input });
  return form;
}

afterEach(() => vi.unstubAllGlobals());

describe('extensionApi', () => {
  it.each([
    '<form id="browser"><input name="runtime"><input name="i18n"></form>',
    '<form id="browser"><input name="runtime" id="looks-like-an-id"><input name="i18n"></form>',
  ])('in Chromium, prefers chrome over a page element named "browser": %s', (html) => {
    const chrome = genuine('chrome-extension', 'abcdefghijklmnop');
    const browser = clobbered(html);
    expect(browser).toBeTruthy();
    vi.stubGlobal('chrome', chrome);
    vi.stubGlobal('browser', browser);
    expect(extensionApi()).toBe(chrome);
  });

  it('never takes a namespace whose calls are not functions', () => {
    const chrome = genuine('chrome-extension', 'abc');
    vi.stubGlobal('chrome', { ...chrome, i18n: { getMessage: 'not a function', getUILanguage: () => 'en' } });
    vi.stubGlobal('browser', { runtime: { id: 'x', sendMessage: 'no' } });
    expect(extensionApi()).toBeNull();
  });

  it('in Firefox, takes the promise-based browser', () => {
    const browser = genuine('moz-extension', '6f1c7a3e');
    const chrome = { ...browser };
    vi.stubGlobal('chrome', chrome);
    vi.stubGlobal('browser', browser);
    expect(extensionApi()).toBe(browser);
  });

  it('gives null, never throws, for a hidden chrome and a cross-origin frame named "browser"', () => {
    vi.stubGlobal('chrome', clobbered('<form id="chrome"><input name="runtime" id="x"></form>', 'chrome'));
    vi.stubGlobal(
      'browser',
      new Proxy(
        {},
        {
          get() {
            throw new Error('cross-origin');
          },
        },
      ),
    );
    expect(extensionApi()).toBeNull();
  });
});

/**
 * No telemetry, no remote code: the shipped JavaScript, HTML and CSS of both
 * builds contain no way to reach the network or to turn a string into code.
 * The browser test test/browser/no-leaks.test.ts checks the same at run time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, ensureBuilt, TARGETS } from './built-extension';

/** Network and code-from-strings APIs. None is used by our code or by any bundled library today. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\b/],
  ['WebTransport / RTCPeerConnection', /\b(WebTransport|RTCPeerConnection)\b/],
  ['eval', /(?<![.\w$])eval\s*\(/],
  ['new Function / Function("…")', /\bnew\s+Function\b|(?<![.\w$])Function\s*\(\s*["'`]/],
  ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
];

/**
 * The only absolute http(s) URLs allowed in shipped JavaScript, none of them fetched:
 * - the XML namespaces DOMPurify (and Readability) compare element namespaces against;
 * - the host-permission match patterns the auto-reader reads from permissions.getAll()
 *   (src/core/settings/auto-reader-matches.ts);
 * - `https://${host}/`, the base new URL() resolves a page's relative links against when
 *   deciding whether a link stays on the site (src/core/clean); it is never requested.
 */
const ALLOWED_URLS: RegExp[] = [
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/,
  /^https?:\/\/\*\/\*$/,
  /^https:\/\/\$\{\w+\}\/$/,
];

const URL_LITERAL = /https?:\/\/[^\s"'`)<>\\]*/g;

describe('the scan itself', () => {
  const flagged = (code: string) => FORBIDDEN.filter(([, re]) => re.test(code)).map(([what]) => what);
  it('catches each API in minified code, and not look-alike names', () => {
    // prettier-ignore
    for (const code of ['fetch(u)', 'window.fetch (u)', 'new XMLHttpRequest', 'navigator.sendBeacon(u,d)', 'new WebSocket(u)', 'new EventSource(u)',
      'importScripts("x.js")', 'eval(s)', 'new Function("a","return a")', 'Function("return this")()', 'setTimeout("x()",1)', 'new RTCPeerConnection']) {
      expect(flagged(code), code).not.toEqual([]);
    }
    // prettier-ignore
    for (const code of ['page.evaluate(f)', 'retrieval(x)', 'prefetch(x)', 'typeof e=="function"', 'x.Function(1)', 'setTimeout(f,1)']) expect(flagged(code), code).toEqual([]);
  });
  it('allows only the listed URL shapes', () => {
    const ok = (url: string) => ALLOWED_URLS.some((re) => re.test(url));
    expect(['http://www.w3.org/2000/svg', 'https://*/*', 'https://${t}/'].every(ok)).toBe(true);
    expect(['https://evil.example/x.js', 'http://www.w3.org/evil.js', 'https://${t}/track'].some(ok)).toBe(false);
  });
});

describe.each(TARGETS)('the %s build fetches nothing and runs no code from strings', (target) => {
  let js: Map<string, string>;
  let html: Map<string, string>;
  let css: Map<string, string>;
  beforeAll(() => {
    ensureBuilt();
    js = builtFiles(target, /\.m?js$/);
    html = builtFiles(target, /\.html$/);
    css = builtFiles(target, /\.css$/);
  }, 180_000);

  it('ships JavaScript at all (the scan is not vacuous)', () => {
    expect([...js.keys()]).toEqual(
      expect.arrayContaining(['background.js', 'content/snapshot.js', 'content/in-page-reader.js', 'content/auto-reader.js']),
    );
    expect([...html.keys()].sort()).toEqual(['offscreen/offscreen.html', 'options/options.html', 'popup/popup.html', 'privacy.html']);
  });

  it('no network or eval-like API in any script', () => {
    const found = [...js].flatMap(([file, code]) => FORBIDDEN.filter(([, re]) => re.test(code)).map(([what]) => `${file}: ${what}`));
    expect(found).toEqual([]);
  });

  it('no absolute URL in any script but namespaces and match patterns', () => {
    const urls = [...js].flatMap(([file, code]) => (code.match(URL_LITERAL) ?? []).map((url) => [file, url] as const));
    expect(urls.filter(([, url]) => !ALLOWED_URLS.some((re) => re.test(url))).map(([f, u]) => `${f}: ${u}`)).toEqual([]);
  });

  it('dynamic import() loads only our own chunks', () => {
    const imports = [...js].flatMap(([file, code]) =>
      [...code.matchAll(/\bimport\s*\(\s*([^)]{0,80})/g)].map((m) => [file, m[1]!] as const),
    );
    // Relative, or from the extension's own root ("/x", never "//host"): our own files either way.
    expect(imports.filter(([, arg]) => !/^["'`](\.\.?)?\/(?!\/)/.test(arg)).map(([f, a]) => `${f}: import(${a})`)).toEqual([]);
  });

  it('pages load scripts and styles from the extension only, none inline', () => {
    for (const [file, text] of html) {
      expect(text, file).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
      for (const tag of text.match(/<script\b[^>]*>/gi) ?? []) expect(tag, file).toMatch(/\bsrc="\.\.?\/[^"]+\.js"/);
      // An inline script would be blocked by the CSP anyway; none should exist to be blocked.
      expect(text.replace(/<script\b[^>]*src=[^>]*><\/script>/gi, ''), file).not.toMatch(/<script/i);
      for (const tag of text.match(/<link\b[^>]*>/gi) ?? []) expect(tag, file).toMatch(/\bhref="(\.\.?\/[^"]+|\/icons\/[^"]+)"/);
    }
  });

  it('style sheets load fonts and images from the extension only', () => {
    for (const [file, text] of css) {
      for (const [, ref] of text.matchAll(/url\(\s*["']?([^"')]*)/g)) expect(ref, file).toMatch(/^(\.\.?\/|\/|data:|#)/);
      expect(text, file).not.toMatch(/@import/);
    }
  });
});

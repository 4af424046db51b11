import { describe, expect, it } from 'vitest';
import { restrictedKind } from '../../../src/core/access/restricted-page';

describe('restrictedKind', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://newtab/', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf-viewer'],
    ['https://example.com/report.pdf', 'pdf-viewer'],
    ['moz-extension://abc/popup.html', 'extension-page'],
    ['file:///home/me/page.html', 'file'],
    ['', 'empty'],
  ])('%s is %s', (url, kind) => {
    expect(restrictedKind(url)).toBe(kind);
  });

  it('lets ordinary web pages through', () => {
    expect(restrictedKind('https://news.example.com/2024/05/story.html')).toBeNull();
    expect(restrictedKind('http://127.0.0.1:8080/a')).toBeNull();
  });
});

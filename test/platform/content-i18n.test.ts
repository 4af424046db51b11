/** Interface text inside pages: the browser's, or the bundled English where a page hid the extension API. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishMessage } from '../../src/core/i18n/english-message';
import { contentMessage, contentUiLanguage } from '../../src/platform/content-i18n';
import { fakeBrowser } from '../support/fake-browser';

const g = globalThis as { chrome?: unknown };
afterEach(() => {
  delete g.chrome;
  vi.unstubAllGlobals();
});

describe('content i18n', () => {
  it("gives the browser's message and language where the API is there", () => {
    g.chrome = fakeBrowser().api;
    expect(contentMessage('showOriginal')).toBe('«showOriginal»');
    expect(contentUiLanguage()).toBe('en-US');
  });

  it('falls back to the bundled English text, never a bare key, where a page hid the API', () => {
    g.chrome = { runtime: { tagName: 'INPUT' } };
    expect(englishMessage('showOriginal')).not.toBe('showOriginal');
    expect(contentMessage('showOriginal')).toBe(englishMessage('showOriginal'));
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(contentUiLanguage()).toBe('de-DE');
  });

  it('falls back to English too when the browser has no such message (an empty string)', () => {
    const api = fakeBrowser().api;
    api.i18n.getMessage.mockReturnValue('');
    g.chrome = api;
    expect(contentMessage('showOriginal')).toBe(englishMessage('showOriginal'));
  });
});

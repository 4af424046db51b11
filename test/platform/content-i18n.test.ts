/** Interface text inside pages: the table the background sent, then the browser's i18n, never a blank. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentTranslate, contentUiLanguage } from '../../src/platform/content-i18n';
import { fakeBrowser } from '../support/fake-browser';

const g = globalThis as { chrome?: unknown };
afterEach(() => {
  delete g.chrome;
  vi.unstubAllGlobals();
});

const table = { language: 'fr', messages: { showOriginal: 'Voir l’original', errorBody: 'Échec : \uE0001.' } };

describe('content i18n', () => {
  it("gives the browser's message and language where the API is there and no table came", () => {
    g.chrome = fakeBrowser().api;
    expect(contentTranslate(null)('showOriginal')).toBe('«showOriginal»');
    expect(contentUiLanguage(null)).toBe('en-US');
  });

  it("takes the background's table first, with its substitutions, and the browser's i18n for other keys", () => {
    g.chrome = fakeBrowser().api;
    const t = contentTranslate(table);
    expect(t('showOriginal')).toBe('Voir l’original');
    expect(t('errorBody', 'délai')).toBe('Échec : délai.');
    expect(t('toolbarSave')).toBe('«toolbarSave»');
    expect(contentUiLanguage(table)).toBe('fr');
  });

  it('where a page hid the API: the table still speaks, an unknown key shows as itself, the language is the navigator’s', () => {
    g.chrome = { runtime: { tagName: 'INPUT' } };
    expect(contentTranslate(table)('showOriginal')).toBe('Voir l’original');
    expect(contentTranslate(null)('showOriginal')).toBe('showOriginal');
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(contentUiLanguage(null)).toBe('de-DE');
  });

  it('falls back to the key when the browser has no such message (an empty string)', () => {
    const api = fakeBrowser().api;
    api.i18n.getMessage.mockReturnValue('');
    g.chrome = api;
    expect(contentTranslate(null)('showOriginal')).toBe('showOriginal');
  });
});

/** The in-page reader's own text, translated in the background and checked where it arrives. */
import { describe, expect, it } from 'vitest';
import { englishMessage } from '../../../src/core/i18n/english-message';
import { parseReaderText, READER_MESSAGES, readerText, translateWith } from '../../../src/core/i18n/reader-text';

const keyOnly = (key: string) => `[${key}]`;

describe('reader text', () => {
  it('carries every message the reader shows, each substituted as the browser would have', () => {
    const text = readerText(englishMessage, 'en-GB');
    expect(Object.keys(text.messages).sort()).toEqual([...READER_MESSAGES].sort());
    const t = translateWith(text, keyOnly);
    for (const key of READER_MESSAGES) expect(t(key, 'X')).toBe(englishMessage(key, 'X'));
    expect(t('minutesRead', '4')).toBe('4 min read');
    expect(t('errorBody', ['timeout'])).toBe(englishMessage('errorBody', 'timeout'));
    // A key of the tools' goes to the fallback (the browser's i18n in the page).
    expect(t('toolbarSave')).toBe('[toolbarSave]');
  });

  it('leaves out what the browser does not have, so the fallback answers for it', () => {
    const text = readerText((key) => (key === 'appName' ? 'Article Cleaner' : ''), 'en');
    expect(text.messages).toEqual({ appName: 'Article Cleaner' });
    expect(translateWith(text, keyOnly)('showOriginal')).toBe('[showOriginal]');
  });

  it('keeps only known keys with bounded strings from what arrives, and refuses what is not a table', () => {
    const parsed = parseReaderText({
      language: 'de',
      messages: { appName: 'A', showOriginal: 5, readingPage: 'x'.repeat(3000), evil: 'no', errorTitle: '' },
    });
    expect(parsed).toEqual({ language: 'de', messages: { appName: 'A' } });
    expect(parseReaderText(null)).toBeNull();
    expect(parseReaderText({ language: 'x'.repeat(50), messages: {} })).toBeNull();
    expect(parseReaderText({ language: 'en' })).toBeNull();
    expect(parseReaderText('en')).toBeNull();
    // Inherited names are not messages.
    expect(parseReaderText({ language: 'en', messages: Object.create({ appName: 'proto' }) })).toEqual({ language: 'en', messages: {} });
  });

  it('without a table, everything goes to the fallback', () => {
    expect(translateWith(null, keyOnly)('appName')).toBe('[appName]');
  });
});

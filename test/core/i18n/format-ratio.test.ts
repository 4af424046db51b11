import { describe, expect, it } from 'vitest';
import { formatRatio } from '../../../src/core/i18n/format-ratio';

describe('formatRatio', () => {
  it('writes the decimal mark of each interface language', () => {
    expect(formatRatio(4.5, 'en')).toBe('4.5');
    expect(formatRatio(4.5, 'en-US')).toBe('4.5');
    for (const lang of ['de', 'fr', 'es', 'it', 'pt', 'pt_BR', 'nl', 'pl']) expect(formatRatio(4.5, lang), lang).toBe('4,5');
  });

  it('always shows one decimal', () => {
    expect(formatRatio(21, 'en')).toBe('21.0');
    expect(formatRatio(3, 'de')).toBe('3,0');
  });

  it('falls back to English for a tag Intl cannot read', () => {
    expect(formatRatio(4.5, 'not a locale!')).toBe('4.5');
    expect(formatRatio(4.5, '')).toBe('4.5');
  });
});

import { describe, expect, it } from 'vitest';
import { formatRatio, TABLE_TAGS } from '../../../src/core/i18n/format-ratio';

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

  it('answers from its table exactly what Intl answers, for every tag in it and every ratio shown', () => {
    const options = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    for (const tag of TABLE_TAGS)
      for (let tenths = 10; tenths <= 210; tenths++) {
        const ratio = tenths / 10;
        expect(formatRatio(ratio, tag), `${tag} ${ratio}`).toBe(new Intl.NumberFormat(tag, options).format(ratio));
      }
  });
});

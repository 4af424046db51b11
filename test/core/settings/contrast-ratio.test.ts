import { describe, expect, it } from 'vitest';
import { contrastRatio, isDarkColor, relativeLuminance, shownRatio, WCAG_AA_TEXT } from '../../../src/core/settings/contrast-ratio';

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white, and the WCAG value in between', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    // Mid grey #777777: (((0x77 / 255) + 0.055) / 1.055) ** 2.4 = 0.184.
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 4);
    // Pure green weighs most, pure blue least.
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('refuses anything but #rrggbb', () => {
    for (const bad of ['#fff', 'red', '#12345g', '#1234567', 'rgb(0,0,0)', '', '#000000; background:url(x)']) {
      expect(relativeLuminance(bad), bad).toBeNull();
    }
    expect(relativeLuminance(42 as unknown as string)).toBeNull();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, the same either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#3366aa', '#3366aa')).toBe(1);
  });

  it('agrees with published pairs: #767676 on white is the lightest grey that passes AA', () => {
    expect(contrastRatio('#767676', '#ffffff')!).toBeGreaterThanOrEqual(WCAG_AA_TEXT);
    expect(contrastRatio('#777777', '#ffffff')!).toBeLessThan(WCAG_AA_TEXT);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('measures the shipped light palette above 11:1', () => {
    expect(contrastRatio('#1f1f1f', '#fbfaf7')!).toBeGreaterThan(11);
  });

  it('is null when a colour is not one', () => {
    expect(contrastRatio('#000000', 'white')).toBeNull();
  });
});

describe('shownRatio', () => {
  it('cuts to one decimal, so a pair just under 4.5 never reads as 4.5', () => {
    expect(shownRatio(4.4999)).toBe(4.4);
    expect(shownRatio(4.5)).toBe(4.5);
    expect(shownRatio(20.99)).toBe(20.9);
  });
});

describe('isDarkColor', () => {
  it('tells dark backgrounds from light ones', () => {
    expect(isDarkColor('#000000')).toBe(true);
    expect(isDarkColor('#1e1f22')).toBe(true);
    expect(isDarkColor('#fbfaf7')).toBe(false);
    expect(isDarkColor('#ffff00')).toBe(false);
    expect(isDarkColor('nonsense')).toBe(false);
  });
});

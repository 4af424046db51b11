import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/core/settings/defaults';
import { applyReaderSettings } from '../../src/reader/apply-reader-settings';

describe('applyReaderSettings', () => {
  it('sets the numbers as CSS variables and the theme, face and image switch as attributes, on the root only', () => {
    const { document } = new JSDOM('<div id="root"><p>x</p></div>').window;
    const root = document.getElementById('root') as HTMLElement;
    applyReaderSettings(
      root,
      { ...DEFAULTS, theme: 'sepia', font: 'dyslexic', fontSize: 22, lineWidth: 40, lineHeight: 1.7, hideImages: true },
      { sizeOffset: -2 },
    );
    expect(root.style.getPropertyValue('--reader-size')).toBe('20px');
    expect(root.style.getPropertyValue('--reader-measure')).toBe('40em');
    expect(root.style.getPropertyValue('--reader-leading')).toBe('1.7');
    expect(root.dataset).toMatchObject({ theme: 'sepia', font: 'dyslexic', hideImages: '' });
    applyReaderSettings(root, DEFAULTS);
    expect(root.style.getPropertyValue('--reader-size')).toBe('19px');
    expect(root.dataset.theme).toBe('system');
    expect('hideImages' in root.dataset).toBe(false);
    expect(root.querySelector('p')?.getAttribute('style')).toBeNull();
  });
});

/** WCAG relative luminance and contrast, as axe computes them. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('applyTextOptions, through applyReaderSettings', () => {
  const root = () => {
    const { document } = new JSDOM('<div id="root"></div>').window;
    return document.getElementById('root') as HTMLElement;
  };

  it('sets spacing as em, justification as an attribute, and takes them away again', () => {
    const el = root();
    applyReaderSettings(el, { ...DEFAULTS, letterSpacing: 0.05, wordSpacing: 0.2, textAlign: 'justify' });
    expect(el.style.getPropertyValue('--reader-letter-spacing')).toBe('0.05em');
    expect(el.style.getPropertyValue('--reader-word-spacing')).toBe('0.2em');
    expect(el.dataset.align).toBe('justify');
    applyReaderSettings(el, DEFAULTS);
    expect(el.style.getPropertyValue('--reader-letter-spacing')).toBe('normal');
    expect(el.style.getPropertyValue('--reader-word-spacing')).toBe('normal');
    expect('align' in el.dataset).toBe(false);
  });

  it('sets the custom colours only in the custom theme, with a dark colour scheme on a dark background', () => {
    const el = root();
    const custom = { ...DEFAULTS, theme: 'custom' as const, customText: '#eeeeee', customBackground: '#102030', customLink: '#ffcc00' };
    applyReaderSettings(el, custom);
    expect(el.style.getPropertyValue('--custom-fg')).toBe('#eeeeee');
    expect(el.style.getPropertyValue('--custom-bg')).toBe('#102030');
    expect(el.style.getPropertyValue('--custom-link')).toBe('#ffcc00');
    expect(el.style.getPropertyValue('--custom-scheme')).toBe('dark');
    applyReaderSettings(el, { ...custom, theme: 'light' });
    expect(el.style.getPropertyValue('--custom-fg')).toBe('');
    expect(el.style.getPropertyValue('--custom-scheme')).toBe('');
  });

  it('writes no colour that is not #rrggbb, even when handed one directly', () => {
    const el = root();
    applyReaderSettings(el, { ...DEFAULTS, theme: 'custom', customText: 'red; background: url(https://evil.example/)' });
    expect(el.style.getPropertyValue('--custom-fg')).toBe('');
    expect(el.getAttribute('style')).not.toContain('evil');
  });
});

describe('reader.css palettes', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/reader/reader.css'), 'utf8');
  // Selectors compared without layout or quote style, so the formatter's line breaks do not matter.
  const norm = (selector: string) =>
    selector
      .replace(/\s+/g, ' ')
      .replace(/'/g, '"')
      .replace(/\s*,\s*/g, ', ')
      .replace(/\s*\{$/, '')
      .trim();
  const palette = (selector: string) => {
    const rule = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find((m) => norm(m[1]!.replace(/\/\*[\s\S]*?\*\//g, '')) === norm(selector));
    const block = rule?.[2] ?? '';
    return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]])) as Record<string, string>;
  };

  it.each([
    ['light', ':root, [data-theme], [data-theme="light"] {'],
    ['sepia', '[data-theme="sepia"] {'],
    ['dark', '[data-theme="dark"] {'],
    ['system dark', ':root:not([data-theme]), [data-theme="system"] {'],
    ['high contrast', '[data-theme="contrast"] {'],
  ])('%s: body text at least 7:1, every other text at least 4.5:1 (WCAG AA)', (_name, selector) => {
    const p = palette(selector);
    // prettier-ignore
    expect(Object.keys(p)).toEqual(expect.arrayContaining(['bg', 'fg', 'muted', 'link', 'surface', 'mark', 'error']));
    expect(contrast(p.fg!, p.bg!)).toBeGreaterThanOrEqual(7);
    for (const [fg, bg] of [
      ['fg', 'surface'],
      // A palette whose highlight is too bright for its text colour sets the highlight's own (--mark-fg).
      [p['mark-fg'] ? 'mark-fg' : 'fg', 'mark'],
      ['muted', 'bg'],
      ['muted', 'surface'],
      ['link', 'bg'],
      ['link', 'surface'],
      ['error', 'bg'],
    ]) {
      expect(contrast(p[fg!]!, p[bg!]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

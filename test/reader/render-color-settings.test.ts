// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { englishMessage } from '../../src/core/i18n/english-message';
import { DEFAULTS, type Settings } from '../../src/core/settings/defaults';
import { renderSettingsForm } from '../../src/reader/render-settings-form';

const form = (settings: Settings = DEFAULTS) => {
  const changes: Array<Partial<Settings>> = [];
  const f = renderSettingsForm(
    settings,
    (k, s) => englishMessage(k, s),
    (c) => changes.push(c),
    {
      idPrefix: 't',
      fields: ['theme', 'moreText', 'colors'],
    },
  );
  document.body.replaceChildren(f.element);
  return { ...f, changes };
};

const pick = (id: string, value: string) => {
  const input = document.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const status = () => document.getElementById('t-contrast')!;

describe('the custom colours and their contrast check', () => {
  it('measures the stored colours at once, as a status in words', () => {
    form();
    expect(status().getAttribute('role')).toBe('status');
    expect(status().dataset.level).toBe('ok');
    // #1f1f1f on #fbfaf7 is 15.7:1.
    expect(status().textContent).toBe('Text contrast 15.7:1: easy to read (WCAG AA asks for at least 4.5:1).');
  });

  it('warns when text or links fall below 4.5:1, and picking a colour chooses the custom theme', () => {
    const { changes } = form();
    pick('t-customText', '#777777');
    expect(changes.at(-1)).toEqual({ customText: '#777777', theme: 'custom' });
    expect(status().dataset.level).toBe('warning');
    // #777777 on #fbfaf7 is 4.29:1, just short: cut (not rounded) to 4.2, it never reads as passing.
    expect(status().textContent).toMatch(/^Warning: the text contrast is only 4\.2:1/);
    pick('t-customText', '#1f1f1f');
    pick('t-customLink', '#9ab8e6');
    expect(status().dataset.level).toBe('warning');
    expect(status().textContent).toMatch(/^Warning: links have a contrast of only/);
    pick('t-customLink', '#1a4f9c');
    expect(status().dataset.level).toBe('ok');
  });

  it('shows colours changed elsewhere, and keeps the new controls folded away', () => {
    const f = form();
    f.update({ ...DEFAULTS, theme: 'custom', customText: '#ffffff', customBackground: '#000000', customLink: '#8ab4f8' });
    expect((document.getElementById('t-customText') as HTMLInputElement).value).toBe('#ffffff');
    expect(status().textContent).toContain('21.0:1');
    const groups = Array.from(document.querySelectorAll('details.setting-group'));
    expect(groups.map((d) => d.querySelector('summary')?.textContent)).toEqual(['More text options', 'Custom colours']);
    expect(groups.every((d) => !(d as HTMLDetailsElement).open)).toBe(true);
    expect(Array.from(document.querySelectorAll('input[name="t-theme"]')).map((i) => (i as HTMLInputElement).value)).toEqual([
      'system',
      'light',
      'sepia',
      'dark',
      'contrast',
      'custom',
    ]);
  });

  it('reports spacing and alignment changes', () => {
    const { changes } = form();
    const letter = document.getElementById('t-letterSpacing') as HTMLInputElement;
    letter.value = '0.03';
    letter.dispatchEvent(new Event('input'));
    expect(changes.at(-1)).toEqual({ letterSpacing: 0.03 });
    expect(document.querySelector('output[for="t-letterSpacing"]')?.textContent).toBe('0.03 em');
    (document.getElementById('t-textAlign-justify') as HTMLInputElement).click();
    expect(changes.at(-1)).toEqual({ textAlign: 'justify' });
  });
});

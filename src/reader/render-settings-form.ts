import { LIMITS, type Settings } from '../core/settings/defaults';
import { h } from './h';
import type { Translate } from '../core/i18n/translate';
import { renderColorSettings } from './render-color-settings';
import { renderSettingGroup } from './render-setting-group';

/** 'moreText' is letter and word spacing and alignment, folded under one summary; 'colors' the custom theme's colours. */
type Field = 'theme' | 'font' | 'fontSize' | 'lineWidth' | 'lineHeight' | 'hideImages' | 'speechRate' | 'moreText' | 'colors';

export interface SettingsForm {
  element: HTMLElement;
  /** Shows settings that changed elsewhere (another window, the options page) without firing onChange. */
  update(settings: Settings): void;
}

const THEMES: ReadonlyArray<Settings['theme']> = ['system', 'light', 'sepia', 'dark', 'contrast', 'custom'];
const FONTS: ReadonlyArray<Settings['font']> = ['serif', 'sans', 'dyslexic'];
const ALIGNS: ReadonlyArray<Settings['textAlign']> = ['start', 'justify'];
type Range = 'fontSize' | 'lineWidth' | 'lineHeight' | 'speechRate' | 'letterSpacing' | 'wordSpacing';
// How each number reads next to its slider; the message keys carry the unit.
const RANGE_TEXT: Record<Range, { label: string; value: string; digits: number }> = {
  fontSize: { label: 'settingFontSize', value: 'valuePx', digits: 0 },
  lineWidth: { label: 'settingLineWidth', value: 'valueEm', digits: 0 },
  lineHeight: { label: 'settingLineHeight', value: 'valuePlain', digits: 2 },
  speechRate: { label: 'settingSpeechRate', value: 'valueTimes', digits: 1 },
  letterSpacing: { label: 'settingLetterSpacing', value: 'valueEm', digits: 2 },
  wordSpacing: { label: 'settingWordSpacing', value: 'valueEm', digits: 2 },
};

/**
 * The reader's look as native form controls (radio groups, sliders, a
 * checkbox), so keyboard and screen readers work as everywhere else. The
 * same form sits in the reader's "Aa" panel and on the options page; each
 * change is reported at once, for a live preview.
 */
export function renderSettingsForm(
  settings: Settings,
  t: Translate,
  onChange: (change: Partial<Settings>) => void,
  options: { idPrefix: string; fields: readonly Field[] },
): SettingsForm {
  const id = (name: string) => `${options.idPrefix}-${name}`;
  const updaters: Array<(s: Settings) => void> = [];
  const parts: HTMLElement[] = [];

  const radios = <K extends 'theme' | 'font' | 'textAlign'>(key: K, values: ReadonlyArray<Settings[K]>, legend: string) => {
    const inputs = values.map((value) => {
      const input = h('input', {
        type: 'radio',
        name: id(key),
        id: id(`${key}-${value}`),
        value,
        onchange: () => onChange({ [key]: value } as Partial<Settings>),
      });
      return {
        value,
        input,
        label: h(
          'label',
          { class: `choice choice-${key}`, for: id(`${key}-${value}`), 'data-value': value },
          input,
          h('span', {}, t(`${key}_${value}`)),
        ),
      };
    });
    updaters.push((s) => {
      for (const r of inputs) r.input.checked = s[key] === r.value;
    });
    return h(
      'fieldset',
      { class: `setting setting-${key}` },
      h('legend', {}, t(legend)),
      h('div', { class: 'choices' }, ...inputs.map((r) => r.label)),
    );
  };

  const range = (key: Range) => {
    const text = RANGE_TEXT[key];
    const limits = LIMITS[key];
    const output = h('output', { for: id(key), class: 'setting-value' });
    const show = (v: number) => {
      output.textContent = t(text.value, v.toFixed(text.digits));
    };
    const input = h('input', {
      type: 'range',
      id: id(key),
      min: limits.min,
      max: limits.max,
      step: limits.step,
      oninput: () => {
        const v = Number(input.value);
        show(v);
        onChange({ [key]: v } as Partial<Settings>);
      },
    });
    updaters.push((s) => {
      input.value = String(s[key]);
      show(s[key]);
      input.setAttribute('aria-valuetext', output.textContent ?? '');
    });
    input.addEventListener('input', () => input.setAttribute('aria-valuetext', output.textContent ?? ''));
    return h('div', { class: `setting setting-range setting-${key}` }, h('label', { for: id(key) }, t(text.label)), input, output);
  };

  for (const field of options.fields) {
    if (field === 'theme') parts.push(radios('theme', THEMES, 'settingTheme'));
    else if (field === 'font') parts.push(radios('font', FONTS, 'settingFont'));
    else if (field === 'moreText')
      parts.push(
        renderSettingGroup(
          t('settingMoreText'),
          range('letterSpacing'),
          range('wordSpacing'),
          radios('textAlign', ALIGNS, 'settingTextAlign'),
        ),
      );
    else if (field === 'colors') {
      const colors = renderColorSettings(settings, t, onChange, id);
      updaters.push(colors.update);
      parts.push(colors.element);
    } else if (field === 'hideImages') {
      const input = h('input', { type: 'checkbox', id: id('hideImages'), onchange: () => onChange({ hideImages: input.checked }) });
      updaters.push((s) => {
        input.checked = s.hideImages;
      });
      parts.push(h('div', { class: 'setting setting-check' }, input, h('label', { for: id('hideImages') }, t('settingHideImages'))));
    } else parts.push(range(field));
  }

  const element = h('div', { class: 'settings-form' }, ...parts);
  const update = (s: Settings) => {
    for (const u of updaters) u(s);
  };
  update(settings);
  return { element, update };
}

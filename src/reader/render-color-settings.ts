import type { Settings } from '../core/settings/defaults';
import { contrastRatio, shownRatio, WCAG_AA_TEXT } from '../core/settings/contrast-ratio';
import { formatRatio } from '../core/i18n/format-ratio';
import type { Translate } from '../core/i18n/translate';
import { h } from './h';
import { renderSettingGroup } from './render-setting-group';

type ColorKey = 'customText' | 'customBackground' | 'customLink';
const COLORS: ReadonlyArray<{ key: ColorKey; label: string }> = [
  { key: 'customText', label: 'colorText' },
  { key: 'customBackground', label: 'colorBackground' },
  { key: 'customLink', label: 'colorLinks' },
];

export interface ColorSettings {
  element: HTMLElement;
  update(settings: Settings): void;
}

/**
 * The custom theme's three colours, with a live contrast check: text and
 * links against the background, measured as WCAG does, and a warning in
 * words (role="status", so a screen reader hears it too) when either is
 * below AA's 4.5:1. Choosing a colour switches the theme to Custom, since
 * that is the only theme the colours change. Collapsed by default, so the
 * popup's small panel stays short.
 */
export function renderColorSettings(
  settings: Settings,
  t: Translate,
  onChange: (change: Partial<Settings>) => void,
  id: (name: string) => string,
): ColorSettings {
  // The browser's language, which the interface's catalogue follows (the page's own lang may be any).
  const locale = navigator.language || 'en';
  const status = h('p', { class: 'contrast-check', role: 'status', id: id('contrast') });
  const inputs = COLORS.map(({ key, label }) => {
    const input = h('input', {
      type: 'color',
      id: id(key),
      'aria-describedby': id('contrast'),
      oninput: () => {
        check();
        onChange({ [key]: input.value.toLowerCase(), theme: 'custom' } as Partial<Settings>);
      },
    });
    return { key, input, row: h('div', { class: 'setting-color' }, input, h('label', { for: id(key) }, t(label))) };
  });
  const value = (key: ColorKey) => inputs.find((i) => i.key === key)?.input.value ?? '';

  const check = () => {
    const text = contrastRatio(value('customText'), value('customBackground'));
    const links = contrastRatio(value('customLink'), value('customBackground'));
    if (text === null || links === null) {
      status.textContent = '';
      return;
    }
    const show = (r: number) => formatRatio(shownRatio(r), locale);
    const low = text < WCAG_AA_TEXT ? 'text' : links < WCAG_AA_TEXT ? 'links' : null;
    status.dataset.level = low ? 'warning' : 'ok';
    status.textContent =
      low === 'text'
        ? t('contrastLowText', show(text))
        : low === 'links'
          ? t('contrastLowLinks', show(links))
          : t('contrastGood', show(text));
  };

  const element = renderSettingGroup(
    t('settingColors'),
    h(
      'fieldset',
      { class: 'setting setting-colors', 'aria-label': t('settingColors') },
      h('p', { class: 'setting-hint' }, t('colorsHint')),
      ...inputs.map((i) => i.row),
      status,
    ),
  );
  const update = (s: Settings) => {
    for (const i of inputs) if (document.activeElement !== i.input) i.input.value = s[i.key];
    check();
  };
  update(settings);
  return { element, update };
}

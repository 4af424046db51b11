import type { Settings } from '../core/settings/defaults';
import { HEX_COLOR, isDarkColor } from '../core/settings/contrast-ratio';

type TextOptions = Pick<
  Settings,
  'theme' | 'letterSpacing' | 'wordSpacing' | 'textAlign' | 'customText' | 'customBackground' | 'customLink'
>;

/**
 * Letter and word spacing, justification and the custom theme's colours, as
 * CSS variables and an attribute on the reader's root (reader.css keys on
 * them). The colours are checked again here, not only when stored: they are
 * written into a style property, and a value that is not `#rrggbb` is left
 * out rather than passed on.
 */
export function applyTextOptions(root: HTMLElement, settings: TextOptions): void {
  root.style.setProperty('--reader-letter-spacing', settings.letterSpacing ? `${settings.letterSpacing}em` : 'normal');
  root.style.setProperty('--reader-word-spacing', settings.wordSpacing ? `${settings.wordSpacing}em` : 'normal');
  if (settings.textAlign === 'justify') root.dataset.align = 'justify';
  else delete root.dataset.align;
  const colours = [
    ['--custom-fg', settings.customText],
    ['--custom-bg', settings.customBackground],
    ['--custom-link', settings.customLink],
  ] as const;
  for (const [name, value] of colours) {
    if (settings.theme === 'custom' && HEX_COLOR.test(value)) root.style.setProperty(name, value);
    else root.style.removeProperty(name);
  }
  if (settings.theme === 'custom') root.style.setProperty('--custom-scheme', isDarkColor(settings.customBackground) ? 'dark' : 'light');
  else root.style.removeProperty('--custom-scheme');
}

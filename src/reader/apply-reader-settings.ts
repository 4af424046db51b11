import type { Settings } from '../core/settings/defaults';
import { applyTextOptions } from './apply-text-options';

/** The settings that change how the reader looks. */
export type ReaderLook = Pick<
  Settings,
  | 'theme'
  | 'font'
  | 'fontSize'
  | 'lineWidth'
  | 'lineHeight'
  | 'hideImages'
  | 'letterSpacing'
  | 'wordSpacing'
  | 'textAlign'
  | 'customText'
  | 'customBackground'
  | 'customLink'
>;

export interface ApplyOptions {
  /** Added to fontSize: the popup is read closer and narrower, so its text is a little smaller. */
  sizeOffset?: number;
}

/**
 * Styles a reader from the settings: CSS variables for the numbers, data
 * attributes that reader.css keys its palettes, faces and image hiding on.
 * It touches nothing but `root`, so the popup, the full-tab reader, the
 * options preview and the in-page reader in its shadow root all call it the
 * same way, and calling it again with new settings restyles at once.
 */
export function applyReaderSettings(root: HTMLElement, settings: ReaderLook, options: ApplyOptions = {}): void {
  const size = Math.max(8, settings.fontSize + (options.sizeOffset ?? 0));
  root.style.setProperty('--reader-size', `${size}px`);
  root.style.setProperty('--reader-measure', `${settings.lineWidth}em`);
  root.style.setProperty('--reader-leading', String(settings.lineHeight));
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  if (settings.hideImages) root.dataset.hideImages = '';
  else delete root.dataset.hideImages;
  applyTextOptions(root, settings);
}

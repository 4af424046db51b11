/**
 * Interface text for scripts that run inside pages. It goes through the
 * browser's i18n like everywhere else; where a page has hidden the extension
 * API (see extension-api.ts), the bundled English text stands in, so the
 * reader never shows bare message keys.
 */
import { englishMessage } from '../core/i18n/english-message';
import { extensionApi } from './extension-api';

export function contentMessage(key: string, substitutions?: string | string[]): string {
  const fromBrowser = extensionApi()?.i18n.getMessage(key, substitutions);
  if (fromBrowser) return fromBrowser;
  return englishMessage(key, substitutions);
}

export function contentUiLanguage(): string {
  return extensionApi()?.i18n.getUILanguage() ?? (navigator.language || 'en');
}

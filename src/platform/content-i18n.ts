/**
 * Interface text for scripts that run inside pages. It goes through the
 * browser's i18n like everywhere else; where a page has hidden the extension
 * API (see extension-api.ts), the bundled English text stands in, so the
 * reader never shows bare message keys.
 */
import english from '../_locales/en/messages.json';
import { extensionApi } from './extension-api';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const table = english as Record<string, Entry>;

export function contentMessage(key: string, substitutions?: string | string[]): string {
  const fromBrowser = extensionApi()?.i18n.getMessage(key, substitutions);
  if (fromBrowser) return fromBrowser;
  const entry = table[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  // $NAME$ → its placeholder's content ("$1") → the substitution.
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

export function contentUiLanguage(): string {
  return extensionApi()?.i18n.getUILanguage() ?? (navigator.language || 'en');
}

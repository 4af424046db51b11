/**
 * Interface text for the reader inside pages. Its own messages come
 * translated with each call from the background (core/i18n/reader-text.ts),
 * so no catalogue is injected into the page; any other key (the tools'
 * labels) goes through the browser's i18n. Where neither has it (a page hid
 * the extension API and the caller gave no table), the key itself shows
 * rather than a blank.
 */
import { translateWith, type ReaderText } from '../core/i18n/reader-text';
import type { Translate } from '../core/i18n/translate';
import { extensionApi } from './extension-api';

export function contentTranslate(text: ReaderText | null): Translate {
  // The API looked up once per translator, not per message: the tools ask for a hundred of them in one go, and each
  // lookup checks every call it uses (extension-api.ts). A genuine object found stays genuine.
  let api: ReturnType<typeof extensionApi> | undefined;
  return translateWith(text, (key, sub) => (api === undefined ? (api = extensionApi()) : api)?.i18n.getMessage(key, sub) || key);
}

export function contentUiLanguage(text: ReaderText | null): string {
  return text?.language || extensionApi()?.i18n.getUILanguage() || navigator.language || 'en';
}

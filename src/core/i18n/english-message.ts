import english from '../../_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const table = english as Record<string, Entry>;

/**
 * A message from the bundled English catalogue, substituted the way the
 * browser's i18n does it ($NAME$ → its placeholder's content "$1" → the
 * substitution), so text made without a browser (the CLI; a page that hid
 * the extension API) reads exactly like the extension's. An unknown key is
 * returned as is.
 */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = table[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

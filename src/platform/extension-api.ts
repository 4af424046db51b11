/**
 * The extension API without the polyfill, for code that also runs inside
 * pages (content scripts). Chrome's MV3 `chrome` and Firefox's `browser`
 * both return promises for the few calls used here.
 *
 * In Chromium a page can hide `chrome` from content scripts: an element
 * named "chrome" (`<iframe name="chrome">`) shadows it in the isolated world
 * too (test/hostile/snippets.ts, clobber-chrome-browser). The polyfill throws
 * when loaded there, which would stop the whole script; this returns null
 * instead, and callers fall back to defaults.
 */
export interface StorageChange { newValue?: unknown }
type ChangeListener = (changes: Record<string, StorageChange>, area: string) => void;

export interface RawExtensionApi {
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string; getUILanguage(): string };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
  };
}

export function extensionApi(): RawExtensionApi | null {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  for (const candidate of [g.browser, g.chrome]) {
    try {
      const id = (candidate as { runtime?: { id?: unknown } } | undefined)?.runtime?.id;
      if (typeof id === 'string' && id) return candidate as RawExtensionApi;
    } catch {
      // A cross-origin frame named "browser" or "chrome" throws on access.
    }
  }
  return null;
}

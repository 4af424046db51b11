/**
 * The extension API without the polyfill, for code that also runs inside
 * pages (content scripts). Chrome's MV3 `chrome` and Firefox's `browser`
 * both return promises for the few calls used here.
 *
 * In Chromium a page can hide `chrome` from content scripts: an element
 * named "chrome" (`<iframe name="chrome">`) shadows it in the isolated world
 * too (test/hostile/snippets.ts, clobber-chrome-browser). The polyfill throws
 * when loaded there, which would stop the whole script; this returns null
 * instead, and callers fall back to defaults. The same holds for a page
 * that names an element "browser" (see `extensionApi`).
 */
export interface StorageChange {
  newValue?: unknown;
}
type ChangeListener = (changes: Record<string, StorageChange>, area: string) => void;

export interface RawExtensionApi {
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string; getUILanguage(): string };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    /** Not in CALLS: only reading positions use it, and they check it themselves (reading-position-store.ts). */
    local?: unknown;
    onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
  };
}

/**
 * Every call made through this API, each checked to be a function: a page's
 * DOM clobbering (`<form id="browser"><input name="runtime" id="x">`) makes
 * element-valued globals and properties, never functions by these names.
 */
// prettier-ignore
const CALLS = ['runtime.sendMessage', 'i18n.getMessage', 'i18n.getUILanguage', 'storage.sync.get', 'storage.sync.set', 'storage.onChanged.addListener', 'storage.onChanged.removeListener'];

export function extensionApi(): RawExtensionApi | null {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  // Firefox's own promise-based `browser` first there; `chrome` first everywhere else, where
  // `browser` is, at best, whatever the page named "browser".
  const firefox = inFirefox(g.chrome);
  for (const candidate of firefox ? [g.browser, g.chrome] : [g.chrome, g.browser]) {
    if (isGenuine(candidate)) return candidate as RawExtensionApi;
  }
  return null;
}

/** Firefox's extension URLs are moz-extension:; its `chrome` is the same genuine object as `browser`, with callbacks in older versions. */
function inFirefox(chrome: unknown): boolean {
  try {
    const getURL = at(chrome, 'runtime.getURL');
    return (
      isGenuine(chrome) &&
      typeof getURL === 'function' &&
      String((getURL as (p: string) => unknown).call(at(chrome, 'runtime'), '')).startsWith('moz-extension:')
    );
  } catch {
    return false;
  }
}

function isGenuine(candidate: unknown): boolean {
  try {
    const id = at(candidate, 'runtime.id');
    return typeof id === 'string' && id !== '' && CALLS.every((path) => typeof at(candidate, path) === 'function');
  } catch {
    // A cross-origin frame named "browser" or "chrome" throws on access.
    return false;
  }
}

function at(root: unknown, path: string): unknown {
  let v = root;
  for (const key of path.split('.')) {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

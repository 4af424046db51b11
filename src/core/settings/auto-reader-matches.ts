import type { Settings } from './defaults';

const ALL = new Set(['*://*/*', '<all_urls>', 'http://*/*', 'https://*/*']);

/** Whether a granted origin pattern ("*://example.com/*", "http://127.0.0.1/*") covers a host. */
export function originCoversHost(origin: string, host: string): boolean {
  if (ALL.has(origin)) return true;
  const m = origin.match(/^(\*|https?):\/\/(\*\.)?([^/:]+)(?::\d+)?\/.*$/);
  if (!m) return false;
  const [, , wildcard, base] = m;
  return host === base || (!!wildcard && host.endsWith(`.${base}`));
}

/**
 * Match patterns for the auto-reader script: each chosen site the browser
 * granted, or every site (when that is chosen and granted) minus the
 * excluded ones. A chosen site without its permission is left out: the
 * browser would refuse to run the script there anyway.
 */
export function autoReaderMatches(settings: Settings, granted: readonly string[]): { matches: string[]; excludeMatches: string[] } {
  const allGranted = granted.some((o) => ALL.has(o));
  if (settings.autoAllSites && allGranted) {
    return {
      matches: ['*://*/*'],
      excludeMatches: settings.autoExcludedSites.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]),
    };
  }
  const sites = settings.autoSites.filter((h) => granted.some((o) => originCoversHost(o, h)));
  return { matches: sites.map((h) => `*://${h}/*`), excludeMatches: [] };
}

/** Whether the auto reader is on for a host under the current settings (ignoring permissions). */
export function autoReaderEnabledFor(settings: Settings, host: string): boolean {
  if (settings.autoAllSites) return !settings.autoExcludedSites.some((h) => host === h || host.endsWith(`.${h}`));
  return settings.autoSites.includes(host);
}

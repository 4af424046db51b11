import type { Settings } from './defaults';
import { patternCoversHost, readGrant } from './match-pattern';

/**
 * Match patterns for the auto-reader script: each chosen site the browser
 * granted, or every site (when that is chosen and granted) minus the
 * excluded ones. A chosen site without its permission is left out: the
 * browser would refuse to run the script there anyway.
 */
export function autoReaderMatches(settings: Settings, granted: readonly string[]): { matches: string[]; excludeMatches: string[] } {
  const allGranted = readGrant(granted).allSites;
  if (settings.autoAllSites && allGranted) {
    return {
      matches: ['*://*/*'],
      excludeMatches: settings.autoExcludedSites.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]),
    };
  }
  const sites = settings.autoSites.filter((h) => granted.some((o) => patternCoversHost(o, h)));
  return { matches: sites.map((h) => `*://${h}/*`), excludeMatches: [] };
}

/** Whether the auto reader is on for a host under the current settings (ignoring permissions). */
export function autoReaderEnabledFor(settings: Settings, host: string): boolean {
  if (settings.autoAllSites) return !settings.autoExcludedSites.some((h) => host === h || host.endsWith(`.${h}`));
  return settings.autoSites.includes(host);
}

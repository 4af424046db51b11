/**
 * The auto-reader script is registered, at run time, for exactly the sites
 * the user chose (or for all sites but the excluded ones), and only where the
 * browser has granted the host permission. Registration is rebuilt from the
 * settings and the granted permissions, so it cannot drift from them; the
 * background calls this at startup, on install and update, and whenever
 * either changes.
 *
 * Not webext-dynamic-content-scripts: it re-registers the manifest's static
 * content_scripts, which would need a host permission at install, and it has
 * no "all sites except" mode.
 */
import { SCRIPTS } from '../core/messages/injected-scripts';
import { browserApi } from './browser-global';

const browser = browserApi();
import type { Settings } from '../core/settings/defaults';
import { autoReaderMatches } from '../core/settings/auto-reader-matches';
import { ALL_SITES_PATTERN, patternCoversHost, readGrant, sitePattern } from '../core/settings/match-pattern';
import { notePendingGrant } from './pending-grant';

export const AUTO_READER_ID = 'article-cleaner-auto-reader';

export async function syncAutoReaderRegistration(settings: Settings): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const { matches, excludeMatches } = autoReaderMatches(settings, granted);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_READER_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_READER_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      {
        id: AUTO_READER_ID,
        js: [SCRIPTS.autoReader.file],
        matches,
        ...(excludeMatches.length ? { excludeMatches } : {}),
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return matches;
}

/** Asks for one site's host permission; must be called straight from the user's click. */
export function requestSitePermission(host: string): Promise<boolean> {
  notePendingGrant([host], false);
  return browser.permissions.request({ origins: [sitePattern(host)] });
}

export function requestAllSitesPermission(): Promise<boolean> {
  notePendingGrant([], true);
  return browser.permissions.request({ origins: [ALL_SITES_PATTERN] });
}

/** Gives a site's permission back. Required permissions (a test build's) cannot be removed: that is not an error. */
export async function releaseSitePermission(host: string): Promise<void> {
  await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
}

export async function releaseAllSitesPermission(): Promise<void> {
  await browser.permissions.remove({ origins: [ALL_SITES_PATTERN] }).catch(() => false);
}

/**
 * What this browser has granted. Permissions do not sync: a site chosen on
 * another computer arrives in the list without its permission here.
 */
export async function grantedAccess(): Promise<{ allSites: boolean; covers(host: string): boolean }> {
  const origins = (await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }))).origins ?? [];
  return { allSites: readGrant(origins).allSites, covers: (host) => origins.some((o) => patternCoversHost(o, host)) };
}

/** Calls back whenever this browser grants or takes back a host permission. */
export function onAccessChanged(callback: () => void): void {
  browser.permissions.onAdded.addListener(callback);
  browser.permissions.onRemoved.addListener(callback);
}

/**
 * What a change of host permissions means for the chosen sites. A grant
 * becomes a chosen site only when our own switch asked for it (the note in
 * pending-grant.ts says why); a permission taken back, from our options page
 * or the browser's settings, ends the automatic reader on that site.
 */
import { readGrant } from '../core/settings/match-pattern';
import type { Settings } from '../core/settings/defaults';
import { releaseAllSitesPermission, releaseSitePermission } from '../platform/auto-reader-registration';
import { noteSaveError, takePendingGrant } from '../platform/pending-grant';
import { loadSettings, SettingsSaveError, updateSettings } from '../platform/settings-store';

const turnOn =
  (hosts: string[], all: boolean) =>
  (s: Settings): Partial<Settings> => {
    if (all) return { autoAllSites: true };
    if (s.autoAllSites) return { autoExcludedSites: s.autoExcludedSites.filter((x) => !hosts.includes(x)) };
    return { autoSites: [...s.autoSites, ...hosts.filter((h) => !s.autoSites.includes(h))] };
  };

export async function adoptGrant(origins: string[]): Promise<void> {
  const grant = readGrant(origins);
  const pending = await takePendingGrant();
  if (!pending) return; // the browser's own menu: access only, the reader stays as the user set it
  const hosts = grant.hosts.filter((h) => pending.hosts.includes(h));
  const all = grant.allSites && pending.allSites;
  if (!hosts.length && !all) return;
  try {
    await updateSettings(turnOn(hosts, all));
  } catch (error) {
    // The popup may have saved it itself meanwhile (Chrome keeps it open): then nothing is to be undone.
    const now = await loadSettings();
    const saved = all ? now.autoAllSites : hosts.every((h) => now.autoSites.includes(h));
    if (saved) return;
    // Not stored: the permission asked for it goes back, so no access is left without its reason.
    if (all) await releaseAllSitesPermission();
    for (const host of hosts) await releaseSitePermission(host);
    await noteSaveError(all ? '*' : hosts[0]!, error instanceof SettingsSaveError ? error.reason : 'failed');
  }
}

export async function forgetGrant(origins: string[]): Promise<void> {
  const grant = readGrant(origins);
  if (!grant.allSites && !grant.hosts.length) return;
  const gone = new Set(grant.hosts);
  await updateSettings((s) => ({
    ...(grant.allSites ? { autoAllSites: false } : {}),
    autoSites: s.autoSites.filter((h) => !gone.has(h)),
  }));
}

/**
 * How settings sit in storage.sync. The look of the reader is one small
 * item ("settings"); each chosen site and each excluded site is an item of
 * its own ("site:example.com", "excluded:example.com").
 *
 * Why per-site items rather than storage.local with sync as a copy: Chrome
 * caps one sync item at 8,192 bytes, so a list in one item is full at ~333
 * sites, and two browsers that each add a site to the same list item lose
 * one of them (the last write wins the whole item). With one item per site
 * two additions are two different keys and both arrive; the whole sync area
 * (102,400 bytes, 512 items) holds ~500 sites. A local copy would hold more,
 * but then the lists on two devices disagree and have to be merged by hand.
 *
 * Pure: the platform layer (settings-store.ts) reads and writes the items.
 */
import type { Settings } from './defaults';

export const SETTINGS_KEY = 'settings';
export const SITE_PREFIX = 'site:';
export const EXCLUDED_PREFIX = 'excluded:';

/** chrome.storage.sync's quotas; Firefox enforces the same numbers. */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;

/** Room kept for the settings item and anything a later version adds beside it. */
const RESERVED_ITEMS = 12;
const RESERVED_BYTES = 4_096;
/** At most this many sites, chosen and excluded together, so every one of them can be stored. */
export const MAX_SITES = SYNC_QUOTA.MAX_ITEMS - RESERVED_ITEMS;
const SITE_BYTES = SYNC_QUOTA.QUOTA_BYTES - RESERVED_BYTES;

export type StoredItems = Record<string, unknown>;

/** The bytes Chrome counts for an item: its key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

const SITE_VALUE = 1;
const siteItemBytes = (prefix: string, host: string) => itemBytes(prefix + host, SITE_VALUE);

/**
 * The site lists cut to what the sync area can hold (chosen sites first,
 * then the excluded ones). Lists only get here longer than that when stored
 * data was edited by hand or corrupted; the interface refuses the site that
 * would not fit (hasRoomFor) before asking for anything.
 */
export function fitSiteLists(
  autoSites: readonly string[],
  excluded: readonly string[],
): { autoSites: string[]; autoExcludedSites: string[] } {
  let items = 0;
  let bytes = 0;
  const take = (prefix: string, hosts: readonly string[]) =>
    hosts.filter((host) => {
      const size = siteItemBytes(prefix, host);
      if (items + 1 > MAX_SITES || bytes + size > SITE_BYTES) return false;
      items += 1;
      bytes += size;
      return true;
    });
  return { autoSites: take(SITE_PREFIX, autoSites), autoExcludedSites: take(EXCLUDED_PREFIX, excluded) };
}

/** Whether one more site (chosen, or excluded) can still be stored beside the current lists. */
export function hasRoomFor(settings: Settings, host: string, list: 'autoSites' | 'autoExcludedSites'): boolean {
  if (settings[list].includes(host)) return true;
  const sites = list === 'autoSites' ? [...settings.autoSites, host] : settings.autoSites;
  const excluded = list === 'autoExcludedSites' ? [...settings.autoExcludedSites, host] : settings.autoExcludedSites;
  const fitted = fitSiteLists(sites, excluded);
  return fitted.autoSites.length === sites.length && fitted.autoExcludedSites.length === excluded.length;
}

/**
 * Everything stored, as one settings-shaped object for migrateSettings and
 * repairSettings. Lists still inside the settings item (the layout before
 * per-site items, or a copy synced from an older version) are read too, so
 * nothing an older version stored is lost.
 */
export function readItems(items: StoredItems): unknown {
  const stored = items[SETTINGS_KEY];
  const base = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  // Sorted: the browsers return items in no promised order, and the options page lists them as read.
  const hosts = (prefix: string) =>
    Object.keys(items)
      .filter((k) => k.startsWith(prefix) && items[k] !== undefined)
      .map((k) => k.slice(prefix.length))
      .sort();
  const legacy = (value: unknown) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []);
  return {
    ...base,
    autoSites: [...legacy(base.autoSites), ...hosts(SITE_PREFIX)],
    autoExcludedSites: [...legacy(base.autoExcludedSites), ...hosts(EXCLUDED_PREFIX)],
  };
}

/** The items that store these settings. */
export function toItems(settings: Settings): StoredItems {
  const { autoSites, autoExcludedSites, ...rest } = settings;
  const items: StoredItems = { [SETTINGS_KEY]: rest };
  for (const host of autoSites) items[SITE_PREFIX + host] = SITE_VALUE;
  for (const host of autoExcludedSites) items[EXCLUDED_PREFIX + host] = SITE_VALUE;
  return items;
}

/** What to write and what to remove to go from the stored items to these settings; only what differs. */
export function planWrite(stored: StoredItems, next: Settings): { set: StoredItems; remove: string[] } {
  const wanted = toItems(next);
  const set: StoredItems = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (JSON.stringify(stored[key]) !== JSON.stringify(value)) set[key] = value;
  }
  const remove = Object.keys(stored).filter((key) => (key.startsWith(SITE_PREFIX) || key.startsWith(EXCLUDED_PREFIX)) && !(key in wanted));
  return { set, remove };
}

/** Whether a storage change touches settings at all (other extension data shares the area). */
export const isSettingsKey = (key: string): boolean =>
  key === SETTINGS_KEY || key.startsWith(SITE_PREFIX) || key.startsWith(EXCLUDED_PREFIX);

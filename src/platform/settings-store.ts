/**
 * Settings in browser storage (sync, so they follow the reader to their
 * other browsers), always read through migrateSettings and repairSettings.
 */
import browser from 'webextension-polyfill';
import { migrateSettings } from '../core/settings/migrate-settings';
import { repairSettings } from '../core/settings/repair-settings';
import type { Settings } from '../core/settings/defaults';

const KEY = 'settings';

/** Whatever is stored, of any version or shape, as current, valid settings. */
const read = (stored: unknown): Settings => repairSettings(migrateSettings(stored));

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return read(stored[KEY]);
  } catch {
    return read(undefined);
  }
}

/** Applies a change to the current settings and stores the whole, repaired. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = repairSettings({ ...current, ...change(current) });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes) callback(read(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

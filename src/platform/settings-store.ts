/**
 * Settings in browser storage (sync, so they follow the reader to their
 * other browsers), always read through repairSettings.
 */
import browser from 'webextension-polyfill';
import { repairSettings } from '../core/settings/repair-settings';
import type { Settings } from '../core/settings/defaults';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return repairSettings(stored[KEY]);
  } catch {
    return repairSettings(undefined);
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
    if (area === 'sync' && KEY in changes) callback(repairSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

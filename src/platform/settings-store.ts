/**
 * Settings in browser storage (sync, so they follow the reader to their
 * other browsers), always read through migrateSettings and repairSettings.
 * Without the polyfill, so that the in-page reader can use it too; where a
 * page has hidden the extension API, the defaults stand in.
 */
import { migrateSettings } from '../core/settings/migrate-settings';
import { repairSettings } from '../core/settings/repair-settings';
import type { Settings } from '../core/settings/defaults';
import { extensionApi, type StorageChange } from './extension-api';

const KEY = 'settings';

/** Whatever is stored, of any version or shape, as current, valid settings. */
const read = (stored: unknown): Settings => repairSettings(migrateSettings(stored));

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await extensionApi()?.storage.sync.get(KEY);
    return read(stored?.[KEY]);
  } catch {
    return read(undefined);
  }
}

/** Applies a change to the current settings and stores the whole, repaired. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = repairSettings({ ...current, ...change(current) });
  await extensionApi()?.storage.sync.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const api = extensionApi();
  if (!api) return () => undefined;
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes) callback(read(changes[KEY]?.newValue));
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}

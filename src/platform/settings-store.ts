/**
 * Settings in browser storage (sync, so they follow the reader to their
 * other browsers), always read through migrateSettings and repairSettings.
 * The layout (one item for the look, one per site) is in
 * core/settings/stored-layout.ts, with why.
 *
 * Without the polyfill, so that the in-page reader can use it too; where a
 * page has hidden the extension API, the defaults stand in, and a save says
 * it failed.
 *
 * Every save either stores all of the change or throws a SettingsSaveError
 * that the interface shows: the browser refuses writes over its quotas and
 * more than 120 a minute, and a switch that flips back with no word is how
 * chosen sites used to get lost.
 */
import { migrateSettings } from '../core/settings/migrate-settings';
import { normalizeHost, repairSettings } from '../core/settings/repair-settings';
import type { Settings } from '../core/settings/defaults';
import { isSettingsKey, planWrite, readItems, SETTINGS_KEY, type StoredItems } from '../core/settings/stored-layout';
import { extensionApi, type StorageChange } from './extension-api';

/** full: the lists or the sync area cannot take more; busy: too many saves a minute, try again; failed: anything else. */
export type SaveFailure = 'full' | 'busy' | 'failed';

export class SettingsSaveError extends Error {
  constructor(
    readonly reason: SaveFailure,
    cause?: unknown,
  ) {
    super(`settings not saved (${reason})${cause ? `: ${String((cause as Error)?.message ?? cause)}` : ''}`);
    this.name = 'SettingsSaveError';
  }
}

/** The calls of storage.sync used here (extension-api.ts types only get and set). */
interface SyncArea {
  get(keys: null | string): Promise<StoredItems>;
  set(items: StoredItems): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

function syncArea(): SyncArea | null {
  const area = extensionApi()?.storage?.sync as unknown as Partial<SyncArea> | undefined;
  return area && typeof area.get === 'function' && typeof area.set === 'function' && typeof area.remove === 'function'
    ? (area as SyncArea)
    : null;
}

/** Whatever is stored, of any version or shape, as current, valid settings. */
const read = (items: StoredItems): Settings => repairSettings(migrateSettings(readItems(items)));

async function readAll(area: SyncArea | null): Promise<StoredItems> {
  try {
    return (await area?.get(null)) ?? {};
  } catch {
    return {};
  }
}

export async function loadSettings(): Promise<Settings> {
  return read(await readAll(syncArea()));
}

/** The browsers' words for a refused write (Chrome's quota names; Firefox's QuotaExceededError). */
export function classifySaveError(error: unknown): SettingsSaveError {
  if (error instanceof SettingsSaveError) return error;
  const text = String((error as Error)?.message ?? error);
  if (/MAX_?WRITE_?OPERATIONS|MAX_?SUSTAINED/i.test(text)) return new SettingsSaveError('busy', error);
  if (/QUOTA_BYTES|MAX_ITEMS|QuotaExceeded|quota/i.test(text)) return new SettingsSaveError('full', error);
  return new SettingsSaveError('failed', error);
}

/** The sites a change asked for that the repaired settings had to leave out (the lists are full). */
function leftOut(wanted: Partial<Settings>, next: Settings): boolean {
  for (const list of ['autoSites', 'autoExcludedSites'] as const) {
    for (const value of wanted[list] ?? []) {
      const host = typeof value === 'string' ? normalizeHost(value) : null;
      if (host && !next[list].includes(host)) return true;
    }
  }
  return false;
}

/**
 * Applies a change to the current settings and stores what differs (a
 * site's own item, not the whole list, so two browsers adding sites at once
 * both keep theirs). Throws a SettingsSaveError when nothing or not all of
 * it could be stored.
 */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const area = syncArea();
  if (!area) throw new SettingsSaveError('failed');
  const stored = await readAll(area);
  const current = read(stored);
  const wanted = { ...current, ...change(current) };
  const next = repairSettings(wanted);
  if (leftOut(wanted, next)) throw new SettingsSaveError('full');
  const plan = planWrite(stored, next);
  try {
    // One set: the browser takes all of it or none (its quotas are checked for the whole call).
    if (Object.keys(plan.set).length) await area.set(plan.set);
    if (plan.remove.length) await area.remove(plan.remove);
  } catch (error) {
    throw classifySaveError(error);
  }
  return next;
}

/**
 * Moves lists still kept inside the settings item (stored before per-site
 * items) out into items of their own. Run by the background on install and
 * on start; reading works before it too (readItems reads both places).
 */
export async function migrateStoredLayout(): Promise<boolean> {
  const area = syncArea();
  const stored = (await readAll(area))[SETTINGS_KEY] as Record<string, unknown> | undefined;
  if (!stored || typeof stored !== 'object' || !('autoSites' in stored || 'autoExcludedSites' in stored)) return false;
  await updateSettings(() => ({}));
  return true;
}

export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const api = extensionApi();
  if (!api) return () => undefined;
  let latest = 0;
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
    // One change can span many items: read the whole again, and only the newest read reports.
    const mine = ++latest;
    void loadSettings().then((settings) => {
      if (mine === latest) callback(settings);
    });
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}

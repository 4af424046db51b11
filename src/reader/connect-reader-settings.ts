/**
 * Keeps one reader's look in step with the stored settings: applies them at
 * once, restyles when they change anywhere (the options page, another
 * popup, the in-page reader), and saves the reader's own changes. Saves are
 * batched: a dragged slider fires dozens of changes a second, and
 * storage.sync allows about two writes a second.
 */
import type { Settings } from '../core/settings/defaults';
import { repairSettings } from '../core/settings/repair-settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../platform/settings-store';
import { applyReaderSettings, type ApplyOptions } from './apply-reader-settings';

const SAVE_DELAY_MS = 400;

export interface ReaderSettingsConnection {
  current(): Settings;
  /** Applies a change now and stores it shortly. */
  change(change: Partial<Settings>): void;
  /** Called with the settings after every change, ours or from elsewhere. */
  subscribe(listener: (settings: Settings) => void): void;
  /** Writes pending changes now (before the page closes). */
  flush(): Promise<void>;
  /** Called when a save failed (the browser refused it); the change stays shown until the next one. */
  onSaveError(listener: (error: unknown) => void): void;
}

export async function connectReaderSettings(root: HTMLElement, options: ApplyOptions = {}): Promise<ReaderSettingsConnection> {
  let settings = await loadSettings();
  let pending: Partial<Settings> = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners: Array<(s: Settings) => void> = [];
  const errorListeners: Array<(error: unknown) => void> = [];

  const show = () => {
    applyReaderSettings(root, settings, options);
    for (const listener of listeners) listener(settings);
  };

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    const change = pending;
    pending = {};
    if (!Object.keys(change).length) return;
    try {
      await updateSettings(() => change);
    } catch (error) {
      // Never an unhandled rejection: the page that cares (options) says so; the others keep the look for this visit.
      if (!errorListeners.length) console.warn('Article Cleaner: settings not saved', error);
      for (const listener of errorListeners) listener(error);
    }
  };

  onSettingsChanged((stored) => {
    // Our own unsaved changes stay on top, so an echo of an older save does not move a slider back.
    settings = repairSettings({ ...stored, ...pending });
    show();
  });
  addEventListener('pagehide', () => void flush());
  show();

  return {
    current: () => settings,
    change(change) {
      pending = { ...pending, ...change };
      settings = repairSettings({ ...settings, ...change });
      show();
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
    flush,
    onSaveError(listener) {
      errorListeners.push(listener);
    },
  };
}

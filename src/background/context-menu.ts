/**
 * Right-click → "Open in reader": the full-tab reader for the page that was
 * clicked. The click grants activeTab on that tab, which is all the reader
 * needs to read it; no host permission is asked for. On selected text the
 * entry is "Read selection in Article Cleaner": the same full tab, whose
 * snapshot carries the selection, which the reader then shows instead of
 * the guessed article (load-article.ts).
 */
import { createMenuItem, message, onMenuClicked, openExtensionTab } from '../platform/browser-api';

export const READER_MENU_ID = 'open-in-reader';
export const SELECTION_MENU_ID = 'read-selection';

/** Call from runtime.onInstalled: the browser keeps the entry across service-worker restarts. */
export function registerContextMenu(): void {
  createMenuItem({ id: READER_MENU_ID, title: message('openInReader'), contexts: ['page'] });
  createMenuItem({ id: SELECTION_MENU_ID, title: message('readSelectionMenu'), contexts: ['selection'] });
}

/** The contextMenus.onClicked listener; takes the browser's own (info, tab) shapes. */
export async function onContextMenuClicked(info: { menuItemId: string | number }, tab?: { id?: number } | null): Promise<void> {
  if ((info.menuItemId !== READER_MENU_ID && info.menuItemId !== SELECTION_MENU_ID) || typeof tab?.id !== 'number' || tab.id < 0) return;
  await openExtensionTab(readerPathFor(tab.id));
}

/** Call at the top level of the background script, so a click wakes the worker and finds its listener. */
export function listenForContextMenu(): void {
  onMenuClicked((info, tab) => void onContextMenuClicked(info, tab));
}

export function readerPathFor(tabId: number): string {
  return `popup/popup.html?tab=${tabId}&view=tab`;
}

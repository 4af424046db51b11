/**
 * Reading positions follow the browser's history when the user asked for
 * it (the options page's box, which holds the optional "history"
 * permission): clearing all history forgets every position, removing some
 * pages forgets theirs. Nothing else is done with the history, and nothing
 * is read from it.
 */
import { onHistoryRemoved } from '../platform/background-events';
import { forgetPositions, forgetPositionsOf } from '../platform/reading-position-store';
import { loadSettings } from '../platform/settings-store';

let listening = false;

/**
 * Registers the listener if the history API is there and it is not yet
 * registered: at the top level of each start (the permission was granted
 * earlier), and when the permission is granted while the worker runs.
 */
export function listenForHistoryRemovals(): boolean {
  if (!listening) listening = onHistoryRemoved((removed) => void forgetRemoved(removed));
  return listening;
}

export async function forgetRemoved(removed: { allHistory: boolean; urls: string[] }): Promise<void> {
  try {
    // The permission may be held for a test build, or still held after the setting synced off from elsewhere: the box decides.
    if (!(await loadSettings()).forgetPositionsWithHistory) return;
    if (removed.allHistory) await forgetPositions();
    else await forgetPositionsOf(removed.urls);
  } catch (error) {
    console.warn('Article Cleaner: could not forget reading positions with the history', error);
  }
}

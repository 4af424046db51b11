/**
 * Reading positions in storage.local: this computer only, never synced (a
 * list of articles read is not something to send to another device, and
 * sync's quotas would not hold 200 of them anyway). Without the polyfill,
 * so the in-page reader uses it too; where a page has hidden the extension
 * API, or the area is missing, nothing is kept and nothing fails.
 */
import { articleKey } from '../core/position/article-key';
import {
  POSITIONS_KEY,
  positionFor,
  readPositions,
  withoutArticles,
  withPosition,
  type ReadingPositions,
} from '../core/position/reading-positions';
import { extensionApi } from './extension-api';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function localArea(): LocalArea | null {
  try {
    const area = extensionApi()?.storage.local as Partial<LocalArea> | undefined;
    return area && typeof area.get === 'function' && typeof area.set === 'function' && typeof area.remove === 'function'
      ? (area as LocalArea)
      : null;
  } catch {
    return null;
  }
}

async function readAll(area: LocalArea): Promise<ReadingPositions> {
  try {
    return readPositions((await area.get(POSITIONS_KEY))?.[POSITIONS_KEY]);
  } catch {
    return {};
  }
}

/** Where the reader left this article (a fraction of its body), or null. */
export async function loadPosition(key: string): Promise<number | null> {
  const area = localArea();
  return area ? positionFor(await readAll(area), key) : null;
}

/** Keeps where the reader is in this article; read afresh first, so two open readers do not drop each other's articles. */
export async function savePosition(key: string, fraction: number): Promise<void> {
  const area = localArea();
  if (!area) return;
  try {
    await area.set({ [POSITIONS_KEY]: withPosition(await readAll(area), key, fraction, Date.now()) });
  } catch {
    // Full or refused: a position is a convenience, never an error the reader has to see.
  }
}

/** How many articles have a position kept. */
export async function countPositions(): Promise<number> {
  const area = localArea();
  return area ? Object.keys(await readAll(area)).length : 0;
}

/** Forgets every reading position (the options page's button, or the whole history cleared). */
export async function forgetPositions(): Promise<void> {
  await localArea()?.remove(POSITIONS_KEY);
}

/**
 * Forgets the positions of these addresses (pages the user removed from the
 * browser's history), by the same key the reader keeps them under, so a
 * visit recorded with a tracking parameter or a fragment still finds its article.
 */
export async function forgetPositionsOf(urls: ReadonlyArray<string>): Promise<void> {
  const area = localArea();
  if (!area) return;
  const keys = urls.flatMap((url) => articleKey(url) ?? []);
  if (!keys.length) return;
  const positions = await readAll(area);
  const kept = withoutArticles(positions, keys);
  if (kept !== positions) await area.set({ [POSITIONS_KEY]: kept });
}

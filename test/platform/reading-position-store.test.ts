import { beforeEach, describe, expect, it } from 'vitest';
import { POSITIONS_KEY } from '../../src/core/position/reading-positions';
import { countPositions, forgetPositions, forgetPositionsOf, loadPosition, savePosition } from '../../src/platform/reading-position-store';
import { installFakeSync, type FakeSyncStorage } from '../support/fake-sync-storage';

let sync: FakeSyncStorage;
let local: Map<string, unknown>;

beforeEach(() => {
  sync = installFakeSync();
  local = new Map();
  const api = (globalThis as unknown as { chrome: { storage: Record<string, unknown> } }).chrome;
  api.storage.local = {
    get: async (key: string) => (local.has(key) ? { [key]: structuredClone(local.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
    },
    remove: async (key: string) => void local.delete(key),
  };
});

describe('the reading position store', () => {
  it('keeps positions in storage.local, never in sync', async () => {
    await savePosition('news.example/a', 0.42);
    await savePosition('news.example/b', 0.1);
    expect(await loadPosition('news.example/a')).toBe(0.42);
    expect(await countPositions()).toBe(2);
    expect(Object.keys(local.get(POSITIONS_KEY) as object).sort()).toEqual(['news.example/a', 'news.example/b']);
    expect(Object.keys(await sync.get(null))).toEqual([]);
  });

  it('forgets them all at once', async () => {
    await savePosition('news.example/a', 0.42);
    await forgetPositions();
    expect(await loadPosition('news.example/a')).toBeNull();
    expect(await countPositions()).toBe(0);
  });

  it('reads a corrupted item as nothing kept, and recovers on the next save', async () => {
    local.set(POSITIONS_KEY, 'garbage');
    expect(await loadPosition('news.example/a')).toBeNull();
    await savePosition('news.example/a', 0.5);
    expect(await loadPosition('news.example/a')).toBe(0.5);
  });

  it('neither fails nor keeps anything where the extension API is hidden', async () => {
    delete (globalThis as { chrome?: unknown }).chrome;
    await expect(savePosition('news.example/a', 0.5)).resolves.toBeUndefined();
    expect(await loadPosition('news.example/a')).toBeNull();
    expect(await countPositions()).toBe(0);
  });

  it('swallows a refused write: a position is never an error the reader sees', async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set: unknown } } } }).chrome;
    api.storage.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await expect(savePosition('news.example/a', 0.5)).resolves.toBeUndefined();
  });
});

describe('forgetting the positions of pages removed from the history', () => {
  it('drops only those articles, found by the same key the reader keeps them under', async () => {
    await savePosition('news.example/a', 0.42);
    await savePosition('news.example/b?id=7', 0.3);
    await forgetPositionsOf(['https://news.example/a/?utm_source=x#top', 'javascript:alert(1)', 'not a url']);
    expect(await loadPosition('news.example/a')).toBeNull();
    expect(await loadPosition('news.example/b?id=7')).toBe(0.3);
    await forgetPositionsOf(['http://news.example/b?fbclid=1&id=7']);
    expect(await countPositions()).toBe(0);
  });
});

/** The fake's storage refuses what Chrome refuses, with Chrome's messages, and stores nothing of a refused write. */
import { describe, expect, it } from 'vitest';
import { CHROME_ERRORS, FakeStorageArea } from './fake-storage-area';

describe('the fake storage area', () => {
  it('refuses an item over QUOTA_BYTES_PER_ITEM (key plus JSON value), keeping the rest of the call out too', async () => {
    const sync = new FakeStorageArea('sync');
    await expect(sync.set({ small: 1, big: 'x'.repeat(8192) })).rejects.toThrow(CHROME_ERRORS.perItem);
    expect(await sync.get(null)).toEqual({});
    // One byte of key and two quotes: exactly at the limit, which Chrome allows.
    await sync.set({ k: 'x'.repeat(8192 - 1 - 2) });
    expect(await sync.getBytesInUse('k')).toBe(8192);
  });

  it('refuses more than MAX_ITEMS items and more than QUOTA_BYTES in all', async () => {
    const sync = new FakeStorageArea('sync');
    sync.writesPerMinute = Infinity;
    await expect(sync.set(Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`k${i}`, 1])))).rejects.toThrow(CHROME_ERRORS.items);
    for (let i = 0; i < 12; i++) await sync.set({ [`k${i}`]: 'x'.repeat(8000) });
    await expect(sync.set({ k12: 'x'.repeat(8000) })).rejects.toThrow(CHROME_ERRORS.total);
    expect(Object.keys(await sync.get(null))).toHaveLength(12);
  });

  it('limits sync writes a minute, where local storage has only its 10 MB total', async () => {
    const sync = new FakeStorageArea('sync');
    for (let i = 0; i < 120; i++) await sync.set({ n: i });
    await expect(sync.remove('n')).rejects.toThrow(CHROME_ERRORS.perMinute);
    const local = new FakeStorageArea('local');
    for (let i = 0; i < 200; i++) await local.set({ n: i });
    await local.set({ big: 'x'.repeat(100_000) });
    await expect(local.set({ huge: 'x'.repeat(10_485_760) })).rejects.toThrow(CHROME_ERRORS.total);
  });

  it('gives copies, defaults for missing keys, and change events with old and new values', async () => {
    const local = new FakeStorageArea('local');
    const events: unknown[] = [];
    local.listeners.push((changes, area) => events.push([area, changes]));
    const value = { list: [1] };
    await local.set({ a: value });
    value.list.push(2);
    expect(await local.get({ a: null, b: 'default' })).toEqual({ a: { list: [1] }, b: 'default' });
    await local.set({ a: 2 });
    await local.remove(['a', 'missing']);
    expect(events).toEqual([
      ['local', { a: { newValue: { list: [1] } } }],
      ['local', { a: { oldValue: { list: [1] }, newValue: 2 } }],
      ['local', { a: { oldValue: 2 } }],
    ]);
  });
});

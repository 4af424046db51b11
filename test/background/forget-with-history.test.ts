/**
 * Reading positions follow the browser's history when the user asked: the
 * background listens for removed history where the optional "history"
 * permission is held (at start, or once granted while it runs), forgets
 * every position when all history goes and only the removed pages'
 * otherwise, and does nothing while the box is off.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { POSITIONS_KEY } from '../../src/core/position/reading-positions';
import { dropFakeBrowser, useFakeBrowser, type FakeBrowser, type FakeBrowserOptions } from '../support/fake-browser';

const settle = () => new Promise((r) => setTimeout(r, 20));

async function startBackground(options: FakeBrowserOptions = {}, withHistory = true): Promise<FakeBrowser> {
  const { fake } = await useFakeBrowser(() => import('../../src/background/background'), options);
  await fake.api.storage.sync.set({ settings: { version: 2, forgetPositionsWithHistory: withHistory } });
  await fake.api.storage.local.set({
    [POSITIONS_KEY]: {
      'news.example/2024/a': { fraction: 0.4, savedAt: 1 },
      'news.example/2024/b': { fraction: 0.6, savedAt: 2 },
      'other.example/story?id=7': { fraction: 0.2, savedAt: 3 },
    },
  });
  return fake;
}

const kept = async (fake: FakeBrowser) =>
  Object.keys(((await fake.api.storage.local.get(POSITIONS_KEY)) as Record<string, object>)[POSITIONS_KEY] ?? {}).sort();

afterEach(dropFakeBrowser);

describe('reading positions cleared with the history', () => {
  it('without the permission, no listener and nothing forgotten', async () => {
    const fake = await startBackground();
    expect(fake.api.history).toBeUndefined();
    expect(fake.history.onVisitRemoved.listeners).toHaveLength(0);
  });

  it('where the permission is held at start: all history cleared forgets every position', async () => {
    const fake = await startBackground({ requiredPermissions: ['history'] });
    expect(fake.history.onVisitRemoved.listeners).toHaveLength(1);
    await fake.history.deleteAll();
    await settle();
    expect(await kept(fake)).toEqual([]);
  });

  it('pages removed forget only theirs, found by the article key (tracking parameters, fragment, scheme, slash)', async () => {
    const fake = await startBackground({ requiredPermissions: ['history'] });
    await fake.history.deleteUrl({ url: 'http://news.example/2024/a/?utm_source=mail#comments' });
    await fake.history.deleteUrl({ url: 'not a url' });
    await settle();
    expect(await kept(fake)).toEqual(['news.example/2024/b', 'other.example/story?id=7']);
    fake.history.onVisitRemoved.fire({ allHistory: false, urls: ['https://other.example/story?id=7&fbclid=x'] });
    await settle();
    expect(await kept(fake)).toEqual(['news.example/2024/b']);
  });

  it('granted while the background runs: listens from then on, once however often granted', async () => {
    const fake = await startBackground();
    expect(await fake.api.permissions.request({ permissions: ['history'] })).toBe(true);
    fake.api.permissions.onAdded.fire({ origins: [], permissions: ['history'] });
    expect(fake.history.onVisitRemoved.listeners).toHaveLength(1);
    await fake.history.deleteAll();
    await settle();
    expect(await kept(fake)).toEqual([]);
  });

  it('an API permission granted alone is not taken for a chosen site', async () => {
    const fake = await startBackground();
    await fake.api.storage.session.set({ pendingGrant: { hosts: ['example.com'], allSites: false, at: Date.now() } });
    await fake.api.permissions.request({ permissions: ['history'] });
    await settle();
    // The site's own grant, after, still finds the pending request.
    fake.api.permissions.onAdded.fire({ origins: ['https://example.com/*'] });
    await settle();
    expect(Object.keys(await fake.sync.get(null))).toContain('site:example.com');
  });

  it('with the box off (the permission held by a test build, or synced off elsewhere), keeps every position', async () => {
    const fake = await startBackground({ requiredPermissions: ['history'] }, false);
    await fake.history.deleteAll();
    await fake.history.deleteUrl({ url: 'https://news.example/2024/a' });
    await settle();
    expect(await kept(fake)).toHaveLength(3);
  });
});

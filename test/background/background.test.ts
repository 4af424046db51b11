/**
 * The background, started against a fake extension API: it registers its
 * listeners whatever the browser lacks (Firefox for Android has no context
 * menus and no commands), reads every form of host grant, and opens the
 * automatic reader only in the document that asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCRIPTS } from '../../src/core/messages/injected-scripts';
import { dropFakeBrowser, useFakeBrowser, type FakeBrowser, type FakeBrowserOptions } from '../support/fake-browser';

type Fake = FakeBrowser;

async function startBackground(options: FakeBrowserOptions = {}): Promise<Fake> {
  const { fake } = await useFakeBrowser(() => import('../../src/background/background'), options);
  return fake;
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const storedSites = async (fake: Fake) =>
  Object.keys(await fake.sync.get(null))
    .filter((k) => k.startsWith('site:'))
    .sort();

afterEach(dropFakeBrowser);

describe('the background starts', () => {
  it('without context menus and keyboard commands (Firefox for Android), with every other listener registered', async () => {
    const fake = await startBackground({ contextMenus: false, commands: false });
    expect(fake.api.runtime.onMessage.listeners).toHaveLength(1);
    expect(fake.api.permissions.onAdded.listeners).toHaveLength(1);
    expect(fake.api.permissions.onRemoved.listeners).toHaveLength(1);
    expect(fake.api.tabs.onRemoved.listeners).toHaveLength(1);
    expect(fake.api.runtime.onInstalled.listeners.length).toBeGreaterThanOrEqual(1);
    // Installing must not throw where there is no menu to create.
    expect(() => fake.api.runtime.onInstalled.fire()).not.toThrow();
    await settle();
  });

  it('with them where the browser has them', async () => {
    const fake = await startBackground();
    expect((fake.api as unknown as { commands: { onCommand: { listeners: unknown[] } } }).commands.onCommand.listeners).toHaveLength(1);
    fake.api.runtime.onInstalled.fire();
    // "Open in reader" on pages, "Read selection in Article Cleaner" on selected text.
    expect((fake.api as unknown as { contextMenus: { create: ReturnType<typeof vi.fn> } }).contextMenus.create).toHaveBeenCalledTimes(2);
    await settle();
  });
});

describe('host grants', () => {
  it("from the browser's own site-access menu give access only: the automatic reader stays off", async () => {
    const fake = await startBackground();
    fake.api.permissions.grant(['https://example.com/*']);
    fake.api.permissions.onAdded.fire({ origins: ['https://example.com/*'] });
    fake.api.permissions.onAdded.fire({ origins: ['<all_urls>'] });
    await settle();
    expect(await storedSites(fake)).toEqual([]);
    expect((await fake.sync.get('settings')).settings).not.toMatchObject({ autoAllSites: true });
  });

  it('asked for by our switch become a chosen site, read by host, never by scheme', async () => {
    const fake = await startBackground();
    await fake.api.storage.session.set({ pendingGrant: { hosts: ['example.com'], allSites: false, at: Date.now() } });
    fake.api.permissions.onAdded.fire({ origins: ['https://example.com/*'] });
    await settle();
    expect(await storedSites(fake)).toEqual(['site:example.com']);
  });

  it('asked for all sites, in the https-only form, turn on every article page', async () => {
    const fake = await startBackground();
    await fake.api.storage.session.set({ pendingGrant: { hosts: [], allSites: true, at: Date.now() } });
    fake.api.permissions.onAdded.fire({ origins: ['https://*/*'] });
    await settle();
    expect((await fake.sync.get('settings')).settings).toMatchObject({ autoAllSites: true });
  });

  it('taken back end the automatic reader on that site, in any pattern form', async () => {
    const fake = await startBackground();
    await fake.sync.set({ settings: { version: 1 }, 'site:example.com': 1, 'site:other.example': 1 });
    fake.api.permissions.onRemoved.fire({ origins: ['https://example.com/*'] });
    await settle();
    expect(await storedSites(fake)).toEqual(['site:other.example']);
  });

  it('for a site that cannot be stored are given back, and the popup is told why', async () => {
    const fake = await startBackground();
    fake.sync.writesPerMinute = 0;
    await fake.api.storage.session.set({ pendingGrant: { hosts: ['example.com'], allSites: false, at: Date.now() } });
    fake.api.permissions.grant(['*://example.com/*']);
    fake.api.permissions.onAdded.fire({ origins: ['*://example.com/*'] });
    await settle();
    expect(fake.api.permissions.remove).toHaveBeenCalledWith({ origins: ['*://example.com/*'] });
    expect(await fake.session.get('lastSaveError')).toEqual({ lastSaveError: { host: 'example.com', reason: 'busy' } });
  });
});

describe('auto:candidate', () => {
  const candidate = {
    type: 'auto:candidate',
    payload: { url: 'https://news.example/2024/story', navigation: 'navigate', paywalled: false, articleSignals: true },
  };

  it('opens the reader in the document that sent it (Chrome documentId), carrying its address for the page to check', async () => {
    const fake = await startBackground();
    await fake.sync.set({ settings: { version: 1 }, 'site:news.example': 1 });
    fake.addTab({ id: 7, url: 'https://news.example/2024/story', documentId: 'DOC-1' });
    const reply = vi.fn();
    const sender = { id: 'test-extension', tab: { id: 7 }, frameId: 0, documentId: 'DOC-1' };
    expect(fake.api.runtime.onMessage.fire(candidate, sender, reply)).toEqual([true]);
    await settle();
    const calls = fake.api.scripting.executeScript.mock.calls as unknown as Array<[{ target: unknown; args?: unknown[] }]>;
    expect(calls.length).toBe(2);
    for (const [call] of calls) expect(call.target).toEqual({ tabId: 7, documentIds: ['DOC-1'] });
    // The entry point's name (from the scripts contract), then the call, then the reader's own words, translated here.
    expect(calls[1]![0].args).toEqual([
      SCRIPTS.inPageReader.global,
      expect.objectContaining({ action: 'open', url: 'https://news.example/2024/story' }),
      expect.objectContaining({ language: 'en-US', messages: expect.objectContaining({ showOriginal: '«showOriginal»' }) }),
    ]);
    expect(reply).toHaveBeenCalledWith(undefined);
  });

  it('does nothing for a site that is not chosen', async () => {
    const fake = await startBackground();
    fake.api.runtime.onMessage.fire(candidate, { id: 'test-extension', tab: { id: 7 }, frameId: 0, documentId: 'DOC-1' }, vi.fn());
    await settle();
    expect(fake.api.scripting.executeScript).not.toHaveBeenCalled();
  });
});

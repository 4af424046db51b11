/** The pages' and background's calls of the extension API: tabs, injection of the snapshot script, i18n, menus. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCRIPTS } from '../../src/core/messages/injected-scripts';
import { SNAPSHOT_PART_CHARS } from '../../src/core/snapshot/page-snapshot';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);
const load = (options = {}) => useFakeBrowser(() => import('../../src/platform/browser-api'), options);

describe('tabs', () => {
  it('read the active tab and a tab by id as plain info, and a closed tab as null', async () => {
    const { fake, module } = await load();
    expect(await module.getActiveTab()).toBeNull();
    const tab = fake.addTab({ url: 'https://news.example/a', title: 'A story', status: 'loading' });
    expect(await module.getActiveTab()).toEqual({ id: tab.id, url: 'https://news.example/a', title: 'A story', status: 'loading' });
    expect(await module.getTab(tab.id)).toMatchObject({ id: tab.id });
    expect(await module.getTab(999)).toBeNull();
  });

  it('call back when a tab finishes loading, that tab only, until told to stop', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab({ status: 'loading' });
    const callback = vi.fn();
    const stop = module.onTabComplete(tab.id, callback);
    fake.api.tabs.onUpdated.fire(tab.id + 1, { status: 'complete' }, tab);
    fake.api.tabs.onUpdated.fire(tab.id, { status: 'loading' }, tab);
    fake.api.tabs.onUpdated.fire(tab.id, { status: 'complete' }, tab);
    stop();
    fake.api.tabs.onUpdated.fire(tab.id, { status: 'complete' }, tab);
    expect(callback).toHaveBeenCalledOnce();
  });

  it('open an extension page in a new tab at its extension URL', async () => {
    const { fake, module } = await load();
    await module.openExtensionTab('popup/popup.html?tab=3&view=tab');
    expect(fake.api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/popup/popup.html?tab=3&view=tab' });
  });
});

describe('the snapshot', () => {
  const request = { nonce: 'n-1', maxChars: 4 * SNAPSHOT_PART_CHARS };
  /** The snapshot script as it behaves in a page: an entry point that answers in parts. */
  const installSnapshot = (fake: Awaited<ReturnType<typeof load>>['fake'], html: string, nonce = 'n-1') => {
    fake.files[SCRIPTS.snapshot.file] = (world) => {
      world[SCRIPTS.snapshot.global] = {
        take: async () => ({
          ok: true,
          total: html.length,
          snapshot: { html: html.slice(0, SNAPSHOT_PART_CHARS), url: 'https://news.example/a' },
        }),
        part: (n: string, offset: number) =>
          n === nonce && offset < html.length ? html.slice(offset, offset + SNAPSHOT_PART_CHARS) : null,
      };
    };
  };

  it('is taken in the top frame and pulled part by part until whole', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    const html = 'x'.repeat(SNAPSHOT_PART_CHARS * 2 + 10);
    installSnapshot(fake, html);
    const answer = await module.runSnapshot(tab.id, request);
    expect(answer.frameId).toBe(0);
    expect((answer.value as { snapshot: { html: string } }).snapshot.html).toBe(html);
    for (const [call] of fake.api.scripting.executeScript.mock.calls) expect(call.target).toEqual({ tabId: tab.id, frameIds: [0] });
  });

  it('stays short of its total when a part does not come (parseSnapshot then refuses it as incomplete)', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    installSnapshot(fake, 'y'.repeat(SNAPSHOT_PART_CHARS + 5), 'another-nonce');
    const answer = (await module.runSnapshot(tab.id, request)).value as { total: number; snapshot: { html: string } };
    expect(answer.snapshot.html.length).toBe(SNAPSHOT_PART_CHARS);
    expect(answer.total).toBe(SNAPSHOT_PART_CHARS + 5);
  });

  it('throws a script that failed to load (Firefox puts the error in the result instead of rejecting)', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    fake.api.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, documentId: 'DOC', error: 'Missing host permission' } as never]);
    await expect(module.runSnapshot(tab.id, request)).rejects.toThrow('Missing host permission');
  });

  it('gives null, not an exception, when the entry point is missing', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    expect((await module.runSnapshot(tab.id, request)).value).toBeNull();
  });

  it('can tell whether scripts run in a tab at all', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    expect(await module.canRunScripts(tab.id)).toBe(true);
    await expect(module.canRunScripts(999)).rejects.toThrow('No tab with id');
  });
});

describe('interface text and menus', () => {
  it('read messages from the browser, and show the key rather than nothing for a missing one', async () => {
    const { fake, module } = await load();
    expect(module.message('openInReader')).toBe('«openInReader»');
    fake.api.i18n.getMessage.mockReturnValueOnce('');
    expect(module.message('noSuchKey')).toBe('noSuchKey');
    expect(module.uiLanguage()).toBe('en-US');
  });

  it('create a menu entry once, and take a second creation (an update) without an error', async () => {
    const { fake, module } = await load();
    const item = { id: 'open-in-reader', title: 'Open in reader', contexts: ['page' as const] };
    expect(module.createMenuItem(item)).toBe(true);
    expect(() => module.createMenuItem(item)).not.toThrow();
    expect(fake.api.contextMenus!.create).toHaveBeenCalledTimes(2);
    const clicked = vi.fn();
    expect(module.onMenuClicked(clicked)).toBe(true);
    fake.api.contextMenus!.onClicked.fire({ menuItemId: 'open-in-reader' }, { id: 4 });
    expect(clicked).toHaveBeenCalledWith({ menuItemId: 'open-in-reader' }, { id: 4 });
  });

  it('say false where the browser has no menus (Firefox for Android)', async () => {
    const { module } = await load({ contextMenus: false });
    expect(module.createMenuItem({ id: 'x', title: 'x', contexts: ['page'] })).toBe(false);
    expect(module.onMenuClicked(() => undefined)).toBe(false);
  });

  it('open the options page', async () => {
    const { fake, module } = await load();
    await module.openOptionsPage();
    expect(fake.api.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });
});

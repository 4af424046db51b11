/** The in-page reader, injected and called from the background, and the per-tab memory of where it was closed. */
import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../../src/core/messages/injected-scripts';
import { dropFakeBrowser, useFakeBrowser, type FakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);
const load = (options = {}) => useFakeBrowser(() => import('../../src/platform/reader-tabs'), options);

/** The in-page reader script as it behaves in a page: an entry point that records its calls. */
function installReader(fake: FakeBrowser, calls: unknown[]): void {
  fake.files[SCRIPTS.inPageReader.file] = (world) => {
    world[SCRIPTS.inPageReader.global] = {
      open: async (options: unknown) => (calls.push(['open', options]), 'opened'),
      close: async () => 'closed',
      toggle: async () => (calls.push(['toggle']), 'closed'),
    };
  };
}

describe('callInPageReader', () => {
  it('injects the reader in the top frame and calls it, giving its answer', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    const calls: unknown[] = [];
    installReader(fake, calls);
    expect(await module.callInPageReader(tab.id, { action: 'toggle' })).toBe('closed');
    expect(calls).toEqual([['toggle']]);
    for (const [call] of fake.api.scripting.executeScript.mock.calls) expect(call.target).toEqual({ tabId: tab.id, frameIds: [0] });
  });

  it('targets the document that asked in Chrome, so a page that replaced it gets nothing', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab({ documentId: 'DOC-NOW' });
    installReader(fake, []);
    const call = { action: 'open' as const, auto: true, paywalled: false, articleSignals: true, url: tab.url };
    await expect(module.callInPageReader(tab.id, call, { documentId: 'DOC-GONE' })).rejects.toThrow('No document');
    expect(await module.callInPageReader(tab.id, call, { documentId: 'DOC-NOW' })).toBe('opened');
  });

  it("targets the top frame in Firefox, which has no document ids (the reader checks the page's address itself)", async () => {
    const { fake, module } = await load({ firefox: true });
    const tab = fake.addTab();
    const calls: unknown[] = [];
    installReader(fake, calls);
    const call = { action: 'open' as const, auto: true, paywalled: true, articleSignals: false, url: 'https://news.example/a' };
    expect(await module.callInPageReader(tab.id, call, { documentId: 'DOC-X' })).toBe('opened');
    expect(fake.api.scripting.executeScript.mock.calls[0]![0].target).toEqual({ tabId: tab.id, frameIds: [0] });
    expect(calls).toEqual([['open', { auto: true, paywalled: true, articleSignals: false, url: 'https://news.example/a' }]]);
  });

  it("says 'missing' when the reader's entry point is not there, and 'invalid' for an answer it does not know", async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    expect(await module.callInPageReader(tab.id, { action: 'toggle' })).toBe('missing');
    fake.files[SCRIPTS.inPageReader.file] = (world) => {
      world[SCRIPTS.inPageReader.global] = { toggle: async () => '<img src=x onerror=alert(1)>' };
    };
    expect(await module.callInPageReader(tab.id, { action: 'toggle' })).toBe('invalid');
  });

  it('injects the reader font into the top frame', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    await module.injectReaderFont(tab.id);
    expect(fake.api.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: tab.id, frameIds: [0] },
      files: [`/${SCRIPTS.readerFont.file}`],
    });
  });

  it('injects the reader tools into the top frame, the isolated world the reader runs in', async () => {
    const { fake, module } = await load();
    const tab = fake.addTab();
    await module.injectReaderTools(tab.id);
    expect(fake.api.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: tab.id, frameIds: [0] },
      files: [`/${SCRIPTS.readerTools.file}`],
    });
  });
});

describe('where the reader was closed', () => {
  it('is remembered per tab and page (not per fragment), in session storage, until the tab goes', async () => {
    const { fake, module } = await load();
    await module.setDismissed(3, 'https://news.example/a#comments', true);
    expect(await module.isDismissed(3, 'https://news.example/a')).toBe(true);
    expect(await module.isDismissed(4, 'https://news.example/a')).toBe(false);
    expect(await module.isDismissed(3, 'https://news.example/b')).toBe(false);
    expect(Object.keys(await fake.session.get(null))).toEqual(['dismissed:3']);
    await module.setDismissed(3, 'https://news.example/a', false);
    expect(await module.isDismissed(3, 'https://news.example/a')).toBe(false);
    await module.setDismissed(3, 'https://news.example/a', true);
    await module.forgetTab(3);
    expect(await fake.session.get(null)).toEqual({});
  });

  it('keeps only the latest 200 pages of a tab', async () => {
    const { module } = await load();
    for (let i = 0; i < 205; i++) await module.setDismissed(1, `https://news.example/${i}`, true);
    expect(await module.isDismissed(1, 'https://news.example/0')).toBe(false);
    expect(await module.isDismissed(1, 'https://news.example/5')).toBe(true);
    expect(await module.isDismissed(1, 'https://news.example/204')).toBe(true);
  });

  it('reads a malformed stored list as empty', async () => {
    const { fake, module } = await load();
    await fake.session.set({ 'dismissed:2': 'https://news.example/a' });
    expect(await module.isDismissed(2, 'https://news.example/a')).toBe(false);
    await module.setDismissed(2, 'https://news.example/b', true);
    expect(await fake.session.get('dismissed:2')).toEqual({ 'dismissed:2': ['https://news.example/b'] });
  });
});

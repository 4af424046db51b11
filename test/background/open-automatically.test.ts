/** The automatic reader opens only on chosen sites, in the document that asked, and not where the reader was closed (until a reload). */
import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../../src/core/messages/injected-scripts';
import { dropFakeBrowser, useFakeBrowser, type FakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);

async function setUp(sites: string[] = ['news.example']) {
  const loaded = await useFakeBrowser(async () => ({
    ...(await import('../../src/background/open-automatically')),
    ...(await import('../../src/platform/reader-tabs')),
  }));
  await loaded.fake.sync.set({ settings: { version: 1 }, ...Object.fromEntries(sites.map((s) => [`site:${s}`, 1])) });
  const opened: unknown[] = [];
  loaded.fake.files[SCRIPTS.inPageReader.file] = (world) => {
    world[SCRIPTS.inPageReader.global] = { open: async (o: unknown) => (opened.push(o), 'opened') };
  };
  const tab = loaded.fake.addTab({ url: 'https://news.example/2024/story', documentId: 'DOC-1' });
  return { ...loaded, opened, tab };
}

const candidate = (
  navigation: 'navigate' | 'reload' | 'back_forward' | 'prerender' = 'navigate',
  url = 'https://news.example/2024/story',
) => ({
  url,
  navigation,
  paywalled: false,
  articleSignals: true,
});
const injections = (fake: FakeBrowser) => fake.api.scripting.executeScript.mock.calls.length;

describe('openAutomatically', () => {
  it('opens the reader on a chosen site, in the sending document, with the address it must check', async () => {
    const { module, opened, tab, fake } = await setUp();
    await module.openAutomatically(tab.id, 'DOC-1', candidate());
    expect(opened).toEqual([{ auto: true, paywalled: false, articleSignals: true, url: 'https://news.example/2024/story' }]);
    expect(fake.api.scripting.executeScript.mock.calls[0]![0].target).toEqual({ tabId: tab.id, documentIds: ['DOC-1'] });
  });

  it('does nothing on a site that is not chosen, on back and forward, and for a prerendered page', async () => {
    const { module, fake, tab } = await setUp(['other.example']);
    await module.openAutomatically(tab.id, 'DOC-1', candidate());
    const chosen = await setUp();
    for (const navigation of ['back_forward', 'prerender'] as const)
      await chosen.module.openAutomatically(chosen.tab.id, 'DOC-1', candidate(navigation));
    expect(injections(fake) + injections(chosen.fake)).toBe(0);
  });

  it('stays shut on a page where the reader was closed, and comes back when the page is reloaded', async () => {
    const { module, opened, tab } = await setUp();
    await module.setDismissed(tab.id, 'https://news.example/2024/story', true);
    await module.openAutomatically(tab.id, 'DOC-1', candidate());
    expect(opened).toHaveLength(0);
    await module.openAutomatically(tab.id, 'DOC-1', candidate('reload'));
    expect(opened).toHaveLength(1);
    expect(await module.isDismissed(tab.id, 'https://news.example/2024/story')).toBe(false);
  });

  it('gets nothing into a document that replaced the sender, and does not throw', async () => {
    const { module, opened, tab } = await setUp();
    await expect(module.openAutomatically(tab.id, 'DOC-OLD', candidate())).resolves.toBeUndefined();
    expect(opened).toHaveLength(0);
  });

  it('ignores an address that is not a web page', async () => {
    const { module, fake, tab } = await setUp();
    await module.openAutomatically(tab.id, 'DOC-1', candidate('navigate', 'not a url'));
    expect(injections(fake)).toBe(0);
  });
});

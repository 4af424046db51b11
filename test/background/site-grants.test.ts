/** Host grants and removals, as the background reads them into the chosen sites. */
import { afterEach, describe, expect, it } from 'vitest';
import { CHROME_ERRORS } from '../support/fake-storage-area';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);

async function setUp(options = {}) {
  return useFakeBrowser(
    async () => ({
      ...(await import('../../src/background/site-grants')),
      ...(await import('../../src/platform/pending-grant')),
      ...(await import('../../src/platform/settings-store')),
    }),
    options,
  );
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('adoptGrant', () => {
  it('keeps a site only when our switch asked for it, whatever pattern the browser reports', async () => {
    const { module } = await setUp();
    await module.adoptGrant(['https://news.example/*']);
    expect((await module.loadSettings()).autoSites).toEqual([]);
    module.notePendingGrant(['news.example'], false);
    await settle();
    await module.adoptGrant(['https://news.example/*', 'https://unasked.example/*']);
    expect((await module.loadSettings()).autoSites).toEqual(['news.example']);
  });

  it('takes a site off the excluded list when the reader is on for every article page', async () => {
    const { fake, module } = await setUp();
    await fake.sync.set({ settings: { version: 1, autoAllSites: true }, 'excluded:news.example': 1 });
    expect((await module.loadSettings()).autoExcludedSites).toEqual(['news.example']);
    module.notePendingGrant(['news.example'], false);
    await settle();
    await module.adoptGrant(['*://news.example/*']);
    expect((await module.loadSettings()).autoExcludedSites).toEqual([]);
  });

  it('turns on every article page for an all-sites grant it asked for', async () => {
    const { module } = await setUp();
    module.notePendingGrant([], true);
    await settle();
    await module.adoptGrant(['<all_urls>']);
    expect((await module.loadSettings()).autoAllSites).toBe(true);
  });

  it('gives the permission back and leaves the reason for the popup when the site cannot be stored', async () => {
    const { fake, module } = await setUp();
    await fake.api.permissions.request({ origins: ['*://news.example/*'] });
    module.notePendingGrant(['news.example'], false);
    await settle();
    fake.sync.failNext = CHROME_ERRORS.total;
    await module.adoptGrant(['*://news.example/*']);
    expect(fake.granted()).toEqual([]);
    expect(await module.takeSaveError('news.example')).toBe('full');
  });
});

describe('forgetGrant', () => {
  it('ends the automatic reader on a site whose permission went, and every-page mode with all-sites access', async () => {
    const { fake, module } = await setUp();
    await fake.sync.set({ settings: { version: 1, autoAllSites: true }, 'site:news.example': 1, 'site:other.example': 1 });
    await module.forgetGrant(['https://news.example/*']);
    expect((await module.loadSettings()).autoSites).toEqual(['other.example']);
    await module.forgetGrant(['*://*/*']);
    expect((await module.loadSettings()).autoAllSites).toBe(false);
  });

  it('does not write at all for a removal that names no site', async () => {
    const { fake, module } = await setUp();
    await module.forgetGrant(['file:///*']);
    expect(fake.sync.writes).toBe(0);
  });
});

/** The auto-reader script's registration, rebuilt from the settings and the granted permissions; asking for and giving back access. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS, type Settings } from '../../src/core/settings/defaults';
import { SCRIPTS } from '../../src/core/messages/injected-scripts';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);
const load = (options = {}) => useFakeBrowser(() => import('../../src/platform/auto-reader-registration'), options);
const settings = (s: Partial<Settings>): Settings => ({ ...DEFAULTS, ...s });

describe('syncAutoReaderRegistration', () => {
  it('registers the script for the chosen sites that this browser granted, and for no other', async () => {
    const { fake, module } = await load();
    fake.api.permissions.grant(['*://news.example/*', 'https://other.example/*']);
    const matches = await module.syncAutoReaderRegistration(settings({ autoSites: ['news.example', 'not-granted.example'] }));
    expect(matches).toEqual(['*://news.example/*']);
    const [script] = [...fake.registered.values()];
    expect(script).toMatchObject({
      id: module.AUTO_READER_ID,
      js: [SCRIPTS.autoReader.file],
      matches,
      runAt: 'document_idle',
      allFrames: false,
    });
    expect(script).not.toHaveProperty('excludeMatches');
  });

  it('replaces the registration when the sites change, and removes it when none is left', async () => {
    const { fake, module } = await load();
    fake.api.permissions.grant(['*://a.example/*', '*://b.example/*']);
    await module.syncAutoReaderRegistration(settings({ autoSites: ['a.example'] }));
    await module.syncAutoReaderRegistration(settings({ autoSites: ['a.example', 'b.example'] }));
    expect(fake.registered.get(module.AUTO_READER_ID)?.matches).toEqual(['*://a.example/*', '*://b.example/*']);
    expect(await module.syncAutoReaderRegistration(settings({ autoSites: [] }))).toEqual([]);
    expect(fake.registered.size).toBe(0);
  });

  it('runs on every site but the excluded ones in "every article page" mode, given access to all sites', async () => {
    const { fake, module } = await load();
    fake.api.permissions.grant(['*://*/*']);
    await module.syncAutoReaderRegistration(settings({ autoAllSites: true, autoExcludedSites: ['shop.example'] }));
    expect(fake.registered.get(module.AUTO_READER_ID)).toMatchObject({
      excludeMatches: expect.arrayContaining([expect.stringContaining('shop.example')]),
    });
  });
});

describe('permissions', () => {
  it('asking for a site leaves the note the background looks for, and asks for its pattern', async () => {
    const { fake, module } = await load();
    expect(await module.requestSitePermission('news.example')).toBe(true);
    expect(fake.granted()).toEqual(['*://news.example/*']);
    await new Promise((r) => setTimeout(r, 0));
    expect((await fake.session.get('pendingGrant')).pendingGrant).toMatchObject({ hosts: ['news.example'], allSites: false });
  });

  it('a refused prompt answers false', async () => {
    const { fake, module } = await load();
    fake.user.grants = false;
    expect(await module.requestAllSitesPermission()).toBe(false);
    expect(fake.granted()).toEqual([]);
  });

  it('giving a permission back never throws, even for one the manifest requires (a test build)', async () => {
    const { fake, module } = await load({ requiredOrigins: ['*://*/*'] });
    await module.requestSitePermission('news.example');
    await module.releaseSitePermission('news.example');
    await expect(module.releaseAllSitesPermission()).resolves.toBeUndefined();
    expect(fake.granted()).toEqual(['*://*/*']);
  });

  it('grantedAccess tells which hosts this browser covers, and whether all sites', async () => {
    const { fake, module } = await load();
    fake.api.permissions.grant(['https://*.news.example/*']);
    const access = await module.grantedAccess();
    expect(access.allSites).toBe(false);
    expect(access.covers('world.news.example')).toBe(true);
    expect(access.covers('other.example')).toBe(false);
    fake.api.permissions.getAll.mockRejectedValueOnce(new Error('gone'));
    expect((await module.grantedAccess()).covers('world.news.example')).toBe(false);
  });

  it('onAccessChanged calls back on grants and removals alike', async () => {
    const { module } = await load();
    let n = 0;
    module.onAccessChanged(() => n++);
    await module.requestSitePermission('news.example');
    await module.releaseSitePermission('news.example');
    expect(n).toBe(2);
  });
});

/** The note our switch leaves before a permission prompt, and the save error the background leaves for the popup. */
import { afterEach, describe, expect, it } from 'vitest';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);
const load = () => useFakeBrowser(() => import('../../src/platform/pending-grant'));
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the pending grant', () => {
  it('is kept in session storage and used up by the first reader', async () => {
    const { module } = await load();
    module.notePendingGrant(['example.com'], false);
    await settle();
    expect(await module.takePendingGrant()).toMatchObject({ hosts: ['example.com'], allSites: false });
    expect(await module.takePendingGrant()).toBeNull();
  });

  it('is ignored after five minutes, or when stamped in the future (a clock set back)', async () => {
    const { module } = await load();
    module.notePendingGrant([], true);
    await settle();
    expect(await module.takePendingGrant(Date.now() + 5 * 60_000 + 1)).toBeNull();
    module.notePendingGrant([], true);
    await settle();
    expect(await module.takePendingGrant(Date.now() - 60_000)).toBeNull();
  });

  it('reads a malformed note (another version, a hand edit) as safely as it can', async () => {
    const { fake, module } = await load();
    await fake.session.set({ pendingGrant: { hosts: ['a.example', 7, null], allSites: 'yes', at: Date.now() } });
    expect(await module.takePendingGrant()).toMatchObject({ hosts: ['a.example'], allSites: false });
    await fake.session.set({ pendingGrant: { hosts: ['a.example'] } });
    expect(await module.takePendingGrant()).toBeNull();
  });

  it('does not throw when session storage refuses the write', async () => {
    const { fake, module } = await load();
    fake.session.failNext = 'Session storage quota bytes exceeded';
    expect(() => module.notePendingGrant(['example.com'], false)).not.toThrow();
    await settle();
    expect(await module.takePendingGrant()).toBeNull();
  });
});

describe('the save error', () => {
  it('is shown once, on the site it is about', async () => {
    const { module } = await load();
    await module.noteSaveError('example.com', 'full');
    expect(await module.takeSaveError('other.example')).toBeNull();
    expect(await module.takeSaveError('example.com')).toBe('full');
    expect(await module.takeSaveError('example.com')).toBeNull();
  });
});

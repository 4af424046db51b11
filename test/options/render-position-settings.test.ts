// @vitest-environment jsdom
/**
 * The options page's box for forgetting reading positions with the
 * history: ticking it asks for the optional "history" permission and saves
 * the setting only when granted; refused, it stays off and says so;
 * clearing it saves the setting off and gives the permission back. Shown
 * ticked only where both the setting and the permission are there.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropFakeBrowser, useFakeBrowser, type FakeBrowserOptions } from '../support/fake-browser';

const t = (key: string) => `«${key}»`;
const settle = () => new Promise((r) => setTimeout(r, 20));

async function render(on: boolean, options: FakeBrowserOptions = {}) {
  const { fake, module } = await useFakeBrowser(() => import('../../src/options/render-position-settings'), options);
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  let value = on;
  const change = vi.fn((next: boolean) => {
    value = next;
  });
  await module.renderPositionSettings(container, t, { current: () => value, change });
  const box = container.querySelector<HTMLInputElement>('#positions-with-history')!;
  const click = async () => {
    box.click();
    await settle();
  };
  const status = () => container.querySelector('.positions-status')?.textContent ?? '';
  const label = container.querySelector(`label[for="positions-with-history"]`)?.textContent;
  return { fake, box, click, change, status, label };
}

afterEach(dropFakeBrowser);

describe('Also forget reading positions when I clear my browsing history', () => {
  it('is off by default, labelled, and asks for the permission when ticked', async () => {
    const { fake, box, click, change, status, label } = await render(false);
    expect(label).toBe('«positionsWithHistory»');
    expect(box.checked).toBe(false);
    await click();
    expect(fake.api.permissions.request).toHaveBeenCalledWith({ permissions: ['history'] });
    expect(fake.grantedApis()).toEqual(['history']);
    expect(change).toHaveBeenLastCalledWith(true);
    expect(box.checked).toBe(true);
    expect(status()).toBe('');
  });

  it('stays off with a message when the permission is refused, and saves nothing', async () => {
    const { fake, box, click, change, status } = await render(false);
    fake.user.grants = false;
    await click();
    expect(box.checked).toBe(false);
    expect(change).not.toHaveBeenCalled();
    expect(status()).toBe('«positionsHistoryRefused»');
  });

  it('cleared, saves the setting off and gives the permission back', async () => {
    const { fake, box, click, change } = await render(true, { requiredPermissions: [] });
    await fake.api.permissions.request({ permissions: ['history'] });
    // Rendered before the grant: shown off. Tick, then clear.
    expect(box.checked).toBe(false);
    await click();
    expect(box.checked).toBe(true);
    await click();
    expect(change).toHaveBeenLastCalledWith(false);
    expect(fake.api.permissions.remove).toHaveBeenCalledWith({ permissions: ['history'] });
    expect(fake.grantedApis()).toEqual([]);
  });

  it('shows ticked only with both the setting and the permission (the setting syncs, the permission does not)', async () => {
    expect((await render(true)).box.checked).toBe(false);
    dropFakeBrowser();
    expect((await render(true, { requiredPermissions: ['history'] })).box.checked).toBe(true);
    dropFakeBrowser();
    expect((await render(false, { requiredPermissions: ['history'] })).box.checked).toBe(false);
  });
});

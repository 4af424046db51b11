/** The background's listeners: registered where the browser has the API, and each missing one says so without stopping the rest. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);
const load = (options = {}) => useFakeBrowser(() => import('../../src/platform/background-events'), options);

describe('background events', () => {
  it('reach install, start, tab and permission listeners with the values the browser sends', async () => {
    const { fake, module } = await load();
    const calls: unknown[] = [];
    expect(module.onInstalled(() => calls.push('installed'))).toBe(true);
    expect(module.onStartup(() => calls.push('started'))).toBe(true);
    expect(module.onTabRemoved((id) => calls.push(['tab', id]))).toBe(true);
    expect(
      module.onPermissionsChanged(
        (o) => calls.push(['added', o]),
        (o) => calls.push(['removed', o]),
      ),
    ).toBe(true);
    fake.api.runtime.onInstalled.fire();
    fake.api.runtime.onStartup.fire();
    fake.api.tabs.onRemoved.fire(4, { windowId: 1, isWindowClosing: false });
    await fake.api.permissions.request({ origins: ['*://example.com/*'] });
    await fake.api.permissions.remove({ origins: ['*://example.com/*'] });
    // A change of API permissions only (no origins) arrives as an empty list.
    fake.api.permissions.onAdded.fire({ permissions: ['tabs'] });
    expect(calls).toEqual([
      'installed',
      'started',
      ['tab', 4],
      ['added', ['*://example.com/*']],
      ['removed', ['*://example.com/*']],
      ['added', []],
    ]);
  });

  it('give keyboard commands with the tab they were pressed on, where the browser has commands', async () => {
    const { fake, module } = await load();
    const callback = vi.fn();
    expect(module.onCommand(callback)).toBe(true);
    fake.api.commands!.onCommand.fire('toggle-reader', { id: 9 });
    fake.api.commands!.onCommand.fire('toggle-reader', undefined);
    expect(callback.mock.calls).toEqual([
      ['toggle-reader', 9],
      ['toggle-reader', undefined],
    ]);
  });

  it('report false for commands on Firefox for Android, which has none, instead of throwing', async () => {
    const { module } = await load({ commands: false });
    expect(module.onCommand(() => undefined)).toBe(false);
  });

  it('find the active tab, or none', async () => {
    const { fake, module } = await load();
    expect(await module.activeTabId()).toBeUndefined();
    fake.addTab({ id: 12 });
    expect(await module.activeTabId()).toBe(12);
  });
});

/**
 * A small stand-in for the extension API the background uses, built on the
 * quota-enforcing storage.sync fake, with each namespace optional so a test
 * can start the background the way Firefox for Android would (no context
 * menus, no commands).
 */
import { vi } from 'vitest';
import { FakeSyncStorage } from './fake-sync-storage';

export class FakeEvent<A extends unknown[] = unknown[]> {
  listeners: Array<(...args: A) => unknown> = [];
  addListener = (l: (...args: A) => unknown) => {
    this.listeners.push(l);
  };
  removeListener = (l: (...args: A) => unknown) => {
    this.listeners = this.listeners.filter((x) => x !== l);
  };
  /** Calls every listener; returns what they returned. */
  fire = (...args: A) => this.listeners.map((l) => l(...args));
}

export function fakeSession() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: vi.fn(async (key: string) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    }),
    remove: vi.fn(async (key: string | string[]) => {
      for (const k of [key].flat()) data.delete(k);
    }),
  };
}

export function fakeExtensionApi(options: { contextMenus?: boolean; commands?: boolean } = {}) {
  const sync = new FakeSyncStorage();
  sync.writesPerMinute = Infinity;
  const onChanged = new FakeEvent<[Record<string, unknown>, string]>();
  sync.listeners.push((changes, area) => onChanged.fire(changes, area));
  let granted: string[] = [];
  const api = {
    runtime: {
      id: 'test-extension',
      getURL: (p: string) => `chrome-extension://test-extension/${p.replace(/^\//, '')}`,
      onInstalled: new FakeEvent<[]>(),
      onStartup: new FakeEvent<[]>(),
      onMessage: new FakeEvent<[unknown, unknown, (r?: unknown) => void]>(),
      sendMessage: vi.fn(async () => undefined),
      lastError: undefined,
    },
    i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
    permissions: {
      onAdded: new FakeEvent<[{ origins?: string[] }]>(),
      onRemoved: new FakeEvent<[{ origins?: string[] }]>(),
      getAll: vi.fn(async () => ({ origins: [...granted], permissions: [] })),
      request: vi.fn(async () => true),
      remove: vi.fn(async (p: { origins?: string[] }) => {
        granted = granted.filter((o) => !(p.origins ?? []).includes(o));
        return true;
      }),
      grant(origins: string[]) {
        granted.push(...origins);
      },
    },
    tabs: { onRemoved: new FakeEvent<[number]>(), query: vi.fn(async () => [{ id: 5 }]), onUpdated: new FakeEvent() },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
      executeScript: vi.fn(async () => [{ result: 'opened' }]),
    },
    storage: { sync: { get: sync.get, set: sync.set, remove: sync.remove }, session: fakeSession(), onChanged },
    ...(options.contextMenus === false ? {} : { contextMenus: { create: vi.fn(), onClicked: new FakeEvent() } }),
    ...(options.commands === false ? {} : { commands: { onCommand: new FakeEvent<[string, { id?: number } | undefined]>() } }),
  };
  return { api, sync };
}

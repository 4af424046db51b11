/**
 * storage.sync as Chrome enforces it (fake-storage-area.ts), for unit tests
 * of code that stores settings, installed as globalThis.chrome: the shape
 * extension-api.ts looks for.
 */
import { FakeStorageArea, type StorageChanges } from './fake-storage-area';

export { CHROME_ERRORS } from './fake-storage-area';

type Listener = (changes: StorageChanges, area: string) => void;

export class FakeSyncStorage extends FakeStorageArea {
  constructor() {
    super('sync');
  }

  /** The extension API shape, with this as storage.sync. */
  api(): unknown {
    return {
      runtime: {
        id: 'test-extension',
        sendMessage: async () => undefined,
        getURL: (p: string) => `chrome-extension://test-extension/${p}`,
      },
      i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
      storage: {
        sync: { get: this.get, set: this.set, remove: this.remove },
        onChanged: {
          addListener: (l: Listener) => this.listeners.push(l),
          removeListener: (l: Listener) => {
            this.listeners = this.listeners.filter((x) => x !== l);
          },
        },
      },
    };
  }
}

/** Installs a fresh fake as globalThis.chrome; returns it. */
export function installFakeSync(): FakeSyncStorage {
  const fake = new FakeSyncStorage();
  (globalThis as { chrome?: unknown }).chrome = fake.api();
  return fake;
}

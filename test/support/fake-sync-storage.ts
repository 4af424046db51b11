/**
 * storage.sync as Chrome enforces it, for unit tests of code that stores
 * settings: the same quotas (counted as Chrome counts them, key plus JSON
 * value), refused writes rejected with Chrome's own messages and nothing
 * stored, the write-rate limit, and onChanged events. Installed as
 * globalThis.chrome, the shape extension-api.ts looks for.
 */
export const CHROME_ERRORS = {
  perItem: 'Resource::kQuotaBytesPerItem quota exceeded',
  total: 'Resource::kQuotaBytes quota exceeded',
  items: 'Resource::kMaxItems quota exceeded',
  perMinute: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
} as const;

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const bytes = (key: string, value: unknown) => Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));

export class FakeSyncStorage {
  data = new Map<string, string>();
  listeners: Listener[] = [];
  writes = 0;
  /** Per-minute write limit; Chrome's is 120. Tests lower it to reach it. */
  writesPerMinute = 120;
  /** Set to make the next write fail with this message (a one-off failure). */
  failNext: string | null = null;

  get = async (keys: null | string | string[]): Promise<Record<string, unknown>> => {
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
    return out;
  };

  set = async (items: Record<string, unknown>): Promise<void> => {
    this.countWrite();
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      if (bytes(k, v) > 8192) throw new Error(CHROME_ERRORS.perItem);
      next.set(k, JSON.stringify(v));
    }
    if (next.size > 512) throw new Error(CHROME_ERRORS.items);
    let total = 0;
    for (const [k, v] of next) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total > 102_400) throw new Error(CHROME_ERRORS.total);
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) changes[k] = { newValue: structuredClone(v) };
    this.data = next;
    this.emit(changes);
  };

  remove = async (keys: string | string[]): Promise<void> => {
    this.countWrite();
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (this.data.has(k)) changes[k] = { oldValue: JSON.parse(this.data.get(k)!) };
      this.data.delete(k);
    }
    this.emit(changes);
  };

  private countWrite(): void {
    if (this.failNext) {
      const message = this.failNext;
      this.failNext = null;
      throw new Error(message);
    }
    this.writes += 1;
    if (this.writes > this.writesPerMinute) throw new Error(CHROME_ERRORS.perMinute);
  }

  private emit(changes: Record<string, unknown>): void {
    if (!Object.keys(changes).length) return;
    for (const l of this.listeners) l(changes as Parameters<Listener>[0], 'sync');
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

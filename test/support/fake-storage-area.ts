/**
 * One storage area (sync, local or session) as Chrome enforces it: the same
 * quotas, counted as Chrome counts them (key plus JSON value), a refused
 * write rejected with Chrome's own message and nothing of it stored, the
 * write-rate limits of the sync area, and change events with old and new
 * values. https://developer.chrome.com/docs/extensions/reference/api/storage
 */
export const CHROME_ERRORS = {
  perItem: 'Resource::kQuotaBytesPerItem quota exceeded',
  total: 'Resource::kQuotaBytes quota exceeded',
  items: 'Resource::kMaxItems quota exceeded',
  perMinute: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
  perHour: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.',
} as const;

export interface StorageQuotas {
  QUOTA_BYTES: number;
  QUOTA_BYTES_PER_ITEM: number;
  MAX_ITEMS: number;
  MAX_WRITE_OPERATIONS_PER_MINUTE: number;
  MAX_WRITE_OPERATIONS_PER_HOUR: number;
}

/** Chrome's numbers (storage.sync.QUOTA_BYTES and so on); local and session have only a total. */
export const QUOTAS: Record<'sync' | 'local' | 'session', StorageQuotas> = {
  sync: {
    QUOTA_BYTES: 102_400,
    QUOTA_BYTES_PER_ITEM: 8_192,
    MAX_ITEMS: 512,
    MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
    MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
  },
  local: { ...unlimited(), QUOTA_BYTES: 10_485_760 },
  session: { ...unlimited(), QUOTA_BYTES: 10_485_760 },
};

function unlimited(): StorageQuotas {
  return {
    QUOTA_BYTES: Infinity,
    QUOTA_BYTES_PER_ITEM: Infinity,
    MAX_ITEMS: Infinity,
    MAX_WRITE_OPERATIONS_PER_MINUTE: Infinity,
    MAX_WRITE_OPERATIONS_PER_HOUR: Infinity,
  };
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: StorageChanges, area: string) => void;

const bytes = (key: string, json: string) => Buffer.byteLength(key) + Buffer.byteLength(json);

export class FakeStorageArea {
  /** Values as the JSON Chrome stores, so what comes back is a copy, as from the browser. */
  data = new Map<string, string>();
  listeners: Listener[] = [];
  writes = 0;
  /** Per-minute write limit (the sync area's is 120): tests lower it to reach it. Writes are never forgotten. */
  writesPerMinute: number;
  /** Set to make the next write fail with this message (a one-off failure). */
  failNext: string | null = null;

  constructor(
    readonly areaName: 'sync' | 'local' | 'session' = 'sync',
    readonly quotas: StorageQuotas = QUOTAS[areaName],
  ) {
    this.writesPerMinute = quotas.MAX_WRITE_OPERATIONS_PER_MINUTE;
  }

  /** null: everything; a key or keys; or an object whose values are the defaults of missing keys. */
  get = async (keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> => {
    const defaults = keys && typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
    const wanted =
      keys === null || keys === undefined
        ? [...this.data.keys()]
        : typeof keys === 'string'
          ? [keys]
          : Array.isArray(keys)
            ? keys
            : Object.keys(keys);
    const out: Record<string, unknown> = {};
    for (const k of wanted) {
      if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
      else if (k in defaults) out[k] = defaults[k];
    }
    return out;
  };

  set = async (items: Record<string, unknown>): Promise<void> => {
    this.countWrite();
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      if (bytes(k, json) > this.quotas.QUOTA_BYTES_PER_ITEM) throw new Error(CHROME_ERRORS.perItem);
      next.set(k, json);
    }
    if (next.size > this.quotas.MAX_ITEMS) throw new Error(CHROME_ERRORS.items);
    if (total(next) > this.quotas.QUOTA_BYTES) throw new Error(CHROME_ERRORS.total);
    const changes: StorageChanges = {};
    for (const [k, v] of Object.entries(items)) {
      const old = this.data.get(k);
      changes[k] = { ...(old === undefined ? {} : { oldValue: JSON.parse(old) }), newValue: structuredClone(v) };
    }
    this.data = next;
    this.emit(changes);
  };

  remove = async (keys: string | string[]): Promise<void> => {
    this.countWrite();
    const changes: StorageChanges = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (this.data.has(k)) changes[k] = { oldValue: JSON.parse(this.data.get(k)!) };
      this.data.delete(k);
    }
    this.emit(changes);
  };

  clear = async (): Promise<void> => this.remove([...this.data.keys()]);

  getBytesInUse = async (keys?: null | string | string[]): Promise<number> => {
    const wanted = keys === null || keys === undefined ? [...this.data.keys()] : [keys].flat();
    return wanted.reduce((sum, k) => sum + (this.data.has(k) ? bytes(k, this.data.get(k)!) : 0), 0);
  };

  private countWrite(): void {
    if (this.failNext) {
      const message = this.failNext;
      this.failNext = null;
      throw new Error(message);
    }
    this.writes += 1;
    if (this.writes > this.writesPerMinute) throw new Error(CHROME_ERRORS.perMinute);
    if (this.writes > this.quotas.MAX_WRITE_OPERATIONS_PER_HOUR) throw new Error(CHROME_ERRORS.perHour);
  }

  private emit(changes: StorageChanges): void {
    if (!Object.keys(changes).length) return;
    for (const l of this.listeners) l(changes, this.areaName);
  }
}

function total(items: Map<string, string>): number {
  let sum = 0;
  for (const [k, v] of items) sum += bytes(k, v);
  return sum;
}

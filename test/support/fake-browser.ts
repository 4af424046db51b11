/**
 * A small, in-memory extension API for unit tests of the browser glue
 * (src/platform/, src/background/): storage areas with Chrome's quotas and
 * errors (fake-storage-area.ts), host permissions with their events, tabs,
 * scripting (registered scripts and injections into a tab's page world),
 * runtime messaging with Chrome's reply rules, optional API permissions
 * (the history API appears once "history" is granted, as in Chrome), and,
 * unless a test leaves them out as Firefox for Android does, context menus and commands.
 * Methods are vi.fn, so a test can both use them and check how they were
 * called. Stand it in for webextension-polyfill with useFakeBrowser().
 */
import { vi } from 'vitest';
import { patternCoversHost } from '../../src/core/settings/match-pattern';
import { FakeStorageArea } from './fake-storage-area';

export class FakeEvent<A extends unknown[] = unknown[]> {
  listeners: Array<(...args: A) => unknown> = [];
  addListener = (l: (...args: A) => unknown) => {
    this.listeners.push(l);
  };
  removeListener = (l: (...args: A) => unknown) => {
    this.listeners = this.listeners.filter((x) => x !== l);
  };
  hasListener = (l: (...args: A) => unknown) => this.listeners.includes(l);
  /** Calls every listener; returns what they returned. */
  fire = (...args: A) => this.listeners.map((l) => l(...args));
}

export interface FakeTab {
  id: number;
  url: string;
  title: string;
  status: 'loading' | 'complete';
  active: boolean;
  /** The globals of the page's isolated world, where injected files put their entry points. */
  world: Record<string, unknown>;
  documentId: string;
}

export interface FakeBrowserOptions {
  /** Firefox's extension URLs (moz-extension:) instead of Chrome's. */
  firefox?: boolean;
  contextMenus?: boolean;
  commands?: boolean;
  /** Host permissions the manifest requires (a test build's): they cannot be removed. */
  requiredOrigins?: string[];
  /** API permissions the manifest requires (a test build's "history"): granted from the start, and cannot be removed. */
  requiredPermissions?: string[];
}

type MessageListener = (message: unknown, sender: unknown, sendResponse: (reply?: unknown) => void) => unknown;
type Injection = {
  target: { tabId: number; frameIds?: number[]; documentIds?: string[] };
  files?: string[];
  func?: (...args: never[]) => unknown;
  args?: unknown[];
};
type ContentScript = { id: string; js?: string[]; matches?: string[]; excludeMatches?: string[]; [k: string]: unknown };

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

export function fakeBrowser(options: FakeBrowserOptions = {}) {
  const id = 'test-extension';
  const base = `${options.firefox ? 'moz-extension' : 'chrome-extension'}://${id}/`;
  const sync = new FakeStorageArea('sync');
  const local = new FakeStorageArea('local');
  const session = new FakeStorageArea('session');
  const onStorageChanged = new FakeEvent<[Record<string, unknown>, string]>();
  for (const area of [sync, local, session]) area.listeners.push((changes, name) => onStorageChanged.fire(changes, name));
  const areaApi = (area: FakeStorageArea) => ({
    get: vi.fn(area.get),
    set: vi.fn(area.set),
    remove: vi.fn(area.remove),
    clear: vi.fn(area.clear),
    getBytesInUse: vi.fn(area.getBytesInUse),
    ...area.quotas,
  });

  let granted = [...(options.requiredOrigins ?? [])];
  const required = new Set(options.requiredOrigins ?? []);
  const onAdded = new FakeEvent<[{ origins?: string[]; permissions?: string[] }]>();
  const onRemoved = new FakeEvent<[{ origins?: string[]; permissions?: string[] }]>();
  const OPTIONAL_PERMISSIONS = ['history'];
  let grantedApis = [...(options.requiredPermissions ?? [])];
  const requiredApis = new Set(options.requiredPermissions ?? []);
  /** The history API as the browser gives it: deleting fires onVisitRemoved as Chrome and Firefox do. */
  const onVisitRemoved = new FakeEvent<[{ allHistory: boolean; urls?: string[] }]>();
  const history = {
    onVisitRemoved,
    deleteAll: vi.fn(async () => void onVisitRemoved.fire({ allHistory: true, urls: [] })),
    deleteUrl: vi.fn(async ({ url }: { url: string }) => void onVisitRemoved.fire({ allHistory: false, urls: [url] })),
  };
  /** What the user answers the next permission prompts. */
  const user = { grants: true };

  const tabs = new Map<number, FakeTab>();
  let nextTab = 1;
  const onTabRemoved = new FakeEvent<[number, { windowId: number; isWindowClosing: boolean }]>();
  const onTabUpdated = new FakeEvent<[number, { status?: string; url?: string }, FakeTab]>();
  const noTab = (tabId: number) => new Error(`No tab with id: ${tabId}.`);
  const tabInfo = (t: FakeTab) => ({ id: t.id, url: t.url, title: t.title, status: t.status, active: t.active });

  /** What an injected file does when it runs in a page, by path as built (content/snapshot.js); a file not listed does nothing. Paths as the manifest gives them, without the leading slash. */
  const files: Record<string, (world: Record<string, unknown>, tab: FakeTab) => void> = {};
  const registered = new Map<string, ContentScript>();

  const onMessage = new FakeEvent<Parameters<MessageListener>>();
  const runtime = {
    id,
    getURL: (path: string) => `${base}${path.replace(/^\//, '')}`,
    onInstalled: new FakeEvent<[]>(),
    onStartup: new FakeEvent<[]>(),
    onMessage,
    lastError: undefined as { message: string } | undefined,
    openOptionsPage: vi.fn(async () => undefined),
    /** From an extension page; send() sends as any sender, a content script's included. */
    sendMessage: vi.fn((message: unknown) => send(message, { id, url: `${base}popup/popup.html` })),
  };

  /**
   * Delivers a message as Chrome does: the first listener that answers
   * (sendResponse, at once or after returning true, or a returned promise,
   * as Firefox and the polyfill allow) gives the reply; none listening rejects.
   */
  function send(message: unknown, sender: unknown): Promise<unknown> {
    if (!onMessage.listeners.length) return Promise.reject(new Error(NO_RECEIVER));
    return new Promise((resolve) => {
      let waiting = false;
      for (const listener of onMessage.listeners) {
        const out = listener(structuredClone(message), sender, (reply) => resolve(reply));
        if (out === true) waiting = true;
        else if (out && typeof (out as Promise<unknown>).then === 'function') {
          (out as Promise<unknown>).then(resolve, () => resolve(undefined));
          waiting = true;
        }
      }
      if (!waiting) resolve(undefined);
    });
  }

  const menus = new Set<string>();
  const api = {
    runtime,
    i18n: { getMessage: vi.fn((key: string) => `«${key}»`), getUILanguage: () => 'en-US' },
    storage: { sync: areaApi(sync), local: areaApi(local), session: areaApi(session), onChanged: onStorageChanged },
    permissions: {
      onAdded,
      onRemoved,
      getAll: vi.fn(async () => ({
        origins: [...granted],
        permissions: ['activeTab', 'contextMenus', 'scripting', 'storage', ...grantedApis],
      })),
      contains: vi.fn(
        async (p: { origins?: string[]; permissions?: string[] }) =>
          (p.origins ?? []).every((o) => granted.includes(o) || granted.some((g) => patternCoversHost(g, hostOf(o)))) &&
          (p.permissions ?? []).every((x) => grantedApis.includes(x)),
      ),
      request: vi.fn(async (p: { origins?: string[]; permissions?: string[] }) => {
        const apis = p.permissions ?? [];
        // As Firefox says it (Chrome: "Only permissions specified in the manifest may be requested").
        for (const x of apis)
          if (!OPTIONAL_PERMISSIONS.includes(x) && !requiredApis.has(x))
            throw new Error(`Cannot request permission ${x} since it was not declared in optional_permissions`);
        if (!user.grants) return false;
        const fresh = (p.origins ?? []).filter((o) => !granted.includes(o));
        const freshApis = apis.filter((x) => !grantedApis.includes(x));
        granted.push(...fresh);
        grantedApis.push(...freshApis);
        if (fresh.length || freshApis.length) onAdded.fire({ origins: fresh, permissions: freshApis });
        return true;
      }),
      remove: vi.fn(async (p: { origins?: string[]; permissions?: string[] }) => {
        const origins = p.origins ?? [];
        const apis = p.permissions ?? [];
        if (origins.some((o) => required.has(o)) || apis.some((x) => requiredApis.has(x)))
          throw new Error('You cannot remove required permissions.');
        const gone = origins.filter((o) => granted.includes(o));
        const goneApis = apis.filter((x) => grantedApis.includes(x));
        granted = granted.filter((o) => !gone.includes(o));
        grantedApis = grantedApis.filter((x) => !goneApis.includes(x));
        if (gone.length || goneApis.length) onRemoved.fire({ origins: gone, permissions: goneApis });
        return gone.length + goneApis.length > 0;
      }),
      /** A grant made outside our code (the browser's site-access menu): stored, without the event (fire it to deliver it). */
      grant(origins: string[]) {
        granted.push(...origins.filter((o) => !granted.includes(o)));
      },
    },
    tabs: {
      onRemoved: onTabRemoved,
      onUpdated: onTabUpdated,
      query: vi.fn(async (q: { active?: boolean }) =>
        [...tabs.values()].filter((t) => q.active === undefined || t.active === q.active).map(tabInfo),
      ),
      get: vi.fn(async (tabId: number) => {
        const t = tabs.get(tabId);
        if (!t) throw noTab(tabId);
        return tabInfo(t);
      }),
      create: vi.fn(async ({ url = 'about:blank', active = true }: { url?: string; active?: boolean }) => tabInfo(addTab({ url, active }))),
      remove: vi.fn(async (tabId: number) => {
        if (!tabs.delete(tabId)) throw noTab(tabId);
        onTabRemoved.fire(tabId, { windowId: 1, isWindowClosing: false });
      }),
    },
    scripting: {
      registerContentScripts: vi.fn(async (scripts: ContentScript[]) => {
        for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        for (const s of scripts) registered.set(s.id, structuredClone(s));
      }),
      getRegisteredContentScripts: vi.fn(async (filter: { ids?: string[] } = {}) =>
        [...registered.values()].filter((s) => !filter.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s)),
      ),
      unregisterContentScripts: vi.fn(async (filter: { ids?: string[] } = {}) => {
        const ids = filter.ids ?? [...registered.keys()];
        for (const i of ids) if (!registered.has(i)) throw new Error(`Nonexistent script ID '${i}'`);
        for (const i of ids) registered.delete(i);
      }),
      executeScript: vi.fn(async (injection: Injection) => inject(injection)),
    },
    ...(options.contextMenus === false
      ? {}
      : {
          contextMenus: {
            create: vi.fn((item: { id: string }, done?: () => void) => {
              runtime.lastError = menus.has(item.id) ? { message: `Cannot create item with duplicate id ${item.id}` } : undefined;
              menus.add(item.id);
              done?.();
              runtime.lastError = undefined;
              return item.id;
            }),
            onClicked: new FakeEvent<[{ menuItemId: string | number }, { id?: number } | undefined]>(),
          },
        }),
    ...(options.commands === false ? {} : { commands: { onCommand: new FakeEvent<[string, { id?: number } | undefined]>() } }),
    /** Only while "history" is granted, as Chrome hides an API whose permission is not held. */
    get history() {
      return grantedApis.includes('history') ? history : undefined;
    },
  };

  function addTab(t: Partial<FakeTab> = {}): FakeTab {
    const tab: FakeTab = {
      url: 'https://example.com/',
      title: '',
      status: 'complete',
      active: true,
      world: {},
      documentId: `DOC-${t.id ?? nextTab}`,
      ...t,
      id: t.id ?? nextTab++,
    };
    nextTab = Math.max(nextTab, tab.id + 1);
    if (tab.active) for (const other of tabs.values()) other.active = false;
    tabs.set(tab.id, tab);
    return tab;
  }

  /** Runs an injection in the tab's top frame as the browser would: files by what `files` says they do, a function with its arguments. */
  async function inject({
    target,
    files: paths,
    func,
    args = [],
  }: Injection): Promise<Array<{ frameId: number; documentId: string; result?: unknown }>> {
    const tab = tabs.get(target.tabId);
    if (!tab) throw noTab(target.tabId);
    if (target.documentIds && !target.documentIds.includes(tab.documentId))
      throw new Error(`No document with id: ${target.documentIds[0]}.`);
    if (paths) {
      for (const path of paths) {
        files[path.replace(/^\//, '')]?.(tab.world, tab);
      }
      return [{ frameId: 0, documentId: tab.documentId }];
    }
    // The browser waits for a returned promise.
    const result = await inWorld(tab.world, () => (func as (...a: unknown[]) => unknown)(...structuredClone(args)));
    // Results cross as JSON-like values, as structured clones do.
    return [{ frameId: 0, documentId: tab.documentId, result: result === undefined ? null : structuredClone(result) }];
  }

  return {
    api,
    sync,
    local,
    session,
    user,
    tabs,
    addTab,
    files,
    registered,
    send,
    history,
    granted: () => [...granted],
    grantedApis: () => [...grantedApis],
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** Runs fn with the world's globals visible on globalThis, as an injected function sees its isolated world. */
function inWorld<T>(world: Record<string, unknown>, fn: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const saved = Object.keys(world).map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
  for (const k of Object.keys(world)) g[k] = world[k];
  try {
    return fn();
  } finally {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(g, k, d);
      else delete g[k];
    }
  }
}

function hostOf(origin: string): string {
  return /^[a-z*]+:\/\/([^/:]+)/i.exec(origin)?.[1] ?? '';
}

/**
 * Loads a module of src/platform/ or src/background/ against a fresh fake:
 * modules read the API when they load, so each test gets new copies. The
 * polyfill is mocked (in Firefox it is the browser's own object) and the
 * fake is also globalThis.chrome, where the page-safe modules look.
 */
export async function useFakeBrowser<T>(
  load: () => Promise<T>,
  options: FakeBrowserOptions = {},
): Promise<{ fake: FakeBrowser; module: T }> {
  const fake = fakeBrowser(options);
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.api }));
  (globalThis as { chrome?: unknown }).chrome = fake.api;
  return { fake, module: await load() };
}

/** Undoes useFakeBrowser (call in afterEach). */
export function dropFakeBrowser(): void {
  delete (globalThis as { chrome?: unknown }).chrome;
  vi.doUnmock('webextension-polyfill');
}

/**
 * The background's listeners, each registered only where the browser has
 * the API: Firefox for Android (declared in the manifest) has no context
 * menus and no keyboard commands, and one missing API must not stop the
 * listeners after it from being registered. Each returns whether it was.
 */
import { browserApi } from './browser-global';

type Event<A extends unknown[]> = { addListener(listener: (...args: A) => unknown): void } | undefined;

function listen<A extends unknown[]>(event: Event<A>, listener: (...args: A) => unknown): boolean {
  if (typeof event?.addListener !== 'function') return false;
  event.addListener(listener);
  return true;
}

const api = () =>
  browserApi() as unknown as {
    runtime?: { onInstalled?: Event<[]>; onStartup?: Event<[]> };
    permissions?: {
      onAdded?: Event<[{ origins?: string[]; permissions?: string[] }]>;
      onRemoved?: Event<[{ origins?: string[]; permissions?: string[] }]>;
    };
    history?: { onVisitRemoved?: Event<[{ allHistory?: boolean; urls?: string[] }]> };
    tabs?: { onRemoved?: Event<[number]>; query?(q: object): Promise<Array<{ id?: number }>> };
    commands?: { onCommand?: Event<[string, { id?: number } | undefined]> };
  };

export const onInstalled = (callback: () => void): boolean => listen(api().runtime?.onInstalled, () => callback());
export const onStartup = (callback: () => void): boolean => listen(api().runtime?.onStartup, () => callback());

/**
 * Host permissions granted or taken back, anywhere (our switches or the
 * browser's own site-access menu); a grant also says which API permissions
 * came with it (the optional "history").
 */
export function onPermissionsChanged(
  added: (origins: string[], permissions: string[]) => void,
  removed: (origins: string[]) => void,
): boolean {
  const p = api().permissions;
  const a = listen(p?.onAdded, (change) => added(change?.origins ?? [], change?.permissions ?? []));
  const r = listen(p?.onRemoved, (change) => removed(change?.origins ?? []));
  return a && r;
}

/**
 * Pages removed from the browser's history: every page (`allHistory`) or the
 * listed addresses. The API exists only while the optional "history"
 * permission is held, so this returns false without it; call again once it is granted.
 */
export function onHistoryRemoved(callback: (removed: { allHistory: boolean; urls: string[] }) => void): boolean {
  return listen(api().history?.onVisitRemoved, (removed) =>
    callback({ allHistory: removed?.allHistory === true, urls: Array.isArray(removed?.urls) ? removed.urls : [] }),
  );
}

export const onTabRemoved = (callback: (tabId: number) => void): boolean => listen(api().tabs?.onRemoved, (id) => callback(id));

/** Keyboard shortcuts (absent on Firefox for Android). */
export function onCommand(callback: (command: string, tabId: number | undefined) => void): boolean {
  return listen(api().commands?.onCommand, (command, tab) => callback(command, tab?.id));
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = (await api().tabs?.query?.({ active: true, lastFocusedWindow: true })) ?? [];
  return typeof tab?.id === 'number' ? tab.id : undefined;
}

/**
 * A note that our own switch is asking for a site's permission. Firefox
 * closes the popup while its permission prompt is up, so the popup never
 * learns the answer; the background, told of the grant, finds this note and
 * keeps the site. A grant with no note (from the browser's own site-access
 * menu) only gives access: it never turns the automatic reader on by
 * itself, since letting an extension read a site is not asking for that
 * site's pages to be replaced by a reader. The user turns it on in the
 * popup, where the switch then needs no second prompt.
 */
import { browserApi } from './browser-global';

const KEY = 'pendingGrant';
/** A prompt left open longer than this was not answered by the click that opened it. */
const MAX_AGE_MS = 5 * 60_000;

export interface PendingGrant {
  hosts: string[];
  allSites: boolean;
  at: number;
}

/** Call synchronously in the click, just before permissions.request (no await: the gesture must reach the request). */
export function notePendingGrant(hosts: string[], allSites: boolean): void {
  void browserApi()
    .storage.session.set({ [KEY]: { hosts, allSites, at: Date.now() } satisfies PendingGrant })
    .catch(() => undefined);
}

/** The note, if a recent one is there; it is used up. */
export async function takePendingGrant(now = Date.now()): Promise<PendingGrant | null> {
  const session = browserApi().storage.session;
  const stored = (await session.get(KEY).catch(() => ({}) as Record<string, unknown>))[KEY] as Partial<PendingGrant> | undefined;
  if (!stored) return null;
  await session.remove(KEY).catch(() => undefined);
  if (typeof stored.at !== 'number' || now - stored.at > MAX_AGE_MS || now < stored.at) return null;
  const hosts = Array.isArray(stored.hosts) ? stored.hosts.filter((h): h is string => typeof h === 'string') : [];
  return { hosts, allSites: stored.allSites === true, at: stored.at };
}

const ERROR_KEY = 'lastSaveError';

/** A save the background could not make (the popup had closed): shown the next time the popup opens on that site. */
export async function noteSaveError(host: string, reason: string): Promise<void> {
  await browserApi()
    .storage.session.set({ [ERROR_KEY]: { host, reason } })
    .catch(() => undefined);
}

export async function takeSaveError(host: string): Promise<string | null> {
  const session = browserApi().storage.session;
  const stored = (await session.get(ERROR_KEY).catch(() => ({}) as Record<string, unknown>))[ERROR_KEY] as
    { host?: unknown; reason?: unknown } | undefined;
  if (!stored || stored.host !== host || typeof stored.reason !== 'string') return null;
  await session.remove(ERROR_KEY).catch(() => undefined);
  return stored.reason;
}

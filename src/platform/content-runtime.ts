/**
 * The one browser call the auto-reader script makes, without the polyfill:
 * that script runs on every page of the chosen sites and must stay tiny
 * (8 KB), so it checks only the call it uses instead of extension-api.ts's
 * whole list. `chrome` first: in Chromium `browser` is, at best, whatever
 * the page named "browser"; in Firefox both are the genuine object, and
 * both return promises on Manifest V3. A clobbered global (`<form
 * id="chrome"><input name="runtime">`) has elements where functions should
 * be, and is passed over.
 */
import type { MessageName, Protocol } from '../core/messages/protocol';

interface Runtime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
}

function genuineRuntime(): Runtime | null {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  for (const candidate of [g.chrome, g.browser]) {
    try {
      const runtime = (candidate as { runtime?: Partial<Runtime> } | undefined)?.runtime;
      if (typeof runtime?.id === 'string' && runtime.id && typeof runtime.sendMessage === 'function') return runtime as Runtime;
    } catch {
      // A cross-origin frame named "browser" or "chrome" throws on access.
    }
  }
  return null;
}

/** Whether this script can message the extension at all (a page can hide the API from it). */
export function canReachExtension(): boolean {
  return genuineRuntime() !== null;
}

export function sendToBackground<K extends MessageName>(type: K, payload: Protocol[K]): Promise<unknown> {
  const runtime = genuineRuntime();
  if (!runtime) return Promise.resolve(undefined);
  try {
    // A thenable, not `instanceof Promise`: Firefox's comes from another compartment.
    const reply = runtime.sendMessage({ type, payload }) as Promise<unknown> | undefined;
    return typeof reply?.then === 'function' ? Promise.resolve(reply).catch(() => undefined) : Promise.resolve(undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}

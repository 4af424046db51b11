/**
 * The one browser call the auto-reader script makes, without the polyfill:
 * that script runs on every page of the chosen sites and must stay tiny.
 * Firefox exposes a promise-based `browser`, Chrome's MV3 `chrome` returns
 * promises too.
 */
import type { MessageName, Protocol } from '../core/messages/protocol';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

export function sendToBackground<K extends MessageName>(type: K, payload: Protocol[K]): Promise<unknown> {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) return Promise.resolve(undefined);
  return runtime.sendMessage({ type, payload }).catch(() => undefined);
}

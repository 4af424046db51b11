/**
 * The one browser call the auto-reader script makes, without the polyfill:
 * that script runs on every page of the chosen sites and must stay tiny.
 * Firefox exposes a promise-based `browser`, Chrome's MV3 `chrome` returns
 * promises too.
 */
import type { MessageName, Protocol } from '../core/messages/protocol';
import { extensionApi } from './extension-api';

export function sendToBackground<K extends MessageName>(type: K, payload: Protocol[K]): Promise<unknown> {
  const runtime = extensionApi()?.runtime;
  if (!runtime) return Promise.resolve(undefined);
  try {
    return runtime.sendMessage({ type, payload }).catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}

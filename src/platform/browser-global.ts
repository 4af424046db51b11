/**
 * The extension API for extension pages and the background: the browser's
 * own object, no webextension-polyfill. On Manifest V3 both browsers this
 * build supports (Chrome 120+, Firefox 140+) return promises from every
 * call used here; the one difference left, a runtime.onMessage listener's
 * asynchronous answer, is bridged in onMessage below. Only types come from
 * @types/webextension-polyfill.
 *
 * Pages and the background only: content scripts run inside pages that can
 * clobber these globals, and use extension-api.ts.
 */
import type Browser from 'webextension-polyfill';

export type BrowserApi = Browser.Browser;
export type { Browser };

export function browserApi(): BrowserApi {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  // Firefox has both (its `chrome` is the same promise-based API); Chrome has only `chrome`.
  return (g.browser ?? g.chrome) as BrowserApi;
}

type Sender = Browser.Runtime.MessageSender;

/**
 * A message listener whose answer may come later. Chrome before 144 ignores
 * a promise returned by the listener; calling sendResponse and returning
 * true works in both browsers.
 */
export function onMessage(handler: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply?: unknown) => void): true | undefined => {
    const reply = handler(message, sender);
    if (!reply) return undefined;
    reply.then((value) => sendResponse(value), () => sendResponse(undefined));
    return true;
  };
  browserApi().runtime.onMessage.addListener(listener as unknown as Parameters<BrowserApi['runtime']['onMessage']['addListener']>[0]);
}

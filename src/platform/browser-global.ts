/**
 * The extension API for extension pages and the background, through
 * webextension-polyfill (fixed by the product design): the one import of the
 * polyfill. In Firefox it is the browser's own `browser` object; in Chrome a
 * promise-returning wrapper of `chrome`.
 *
 * Pages and the background only: content scripts run inside pages that can
 * clobber these globals, and use extension-api.ts.
 */
import browser from 'webextension-polyfill';
import type Browser from 'webextension-polyfill';

export type BrowserApi = Browser.Browser;
export type { Browser };

export function browserApi(): BrowserApi {
  return browser;
}

type Sender = Browser.Runtime.MessageSender;

/**
 * A message listener whose answer may come later: sendResponse and `true`,
 * which the polyfill and both browsers' own objects honour alike (a bare
 * returned promise is what Chrome before 144 ignores without the polyfill).
 */
export function onMessage(handler: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply?: unknown) => void): true | undefined => {
    const reply = handler(message, sender);
    if (!reply) return undefined;
    reply.then(
      (value) => sendResponse(value),
      () => sendResponse(undefined),
    );
    return true;
  };
  browserApi().runtime.onMessage.addListener(listener as unknown as Parameters<BrowserApi['runtime']['onMessage']['addListener']>[0]);
}

/**
 * Every message between the extension's contexts, by name, with its payload.
 * Senders and receivers use these types, so a misspelled name or a wrong
 * payload does not compile; parseMessage checks the same shapes at run time,
 * since content scripts live inside pages we do not trust.
 */
import { parseFiguresRequest, parseReadRequest, type FiguresRequest, type ReadRequest } from './reader-work';

export type NavigationKind = 'navigate' | 'reload' | 'back_forward' | 'prerender';

export interface Protocol {
  /** The auto-reader script found a page that may be an article (sent from the page's tab). */
  'auto:candidate': { url: string; navigation: NavigationKind; paywalled: boolean; articleSignals: boolean };
  /** The reader in a page was closed: it must not come back on that page in that tab. */
  'reader:closed': { url: string };
  /** The reader in a page shows the dyslexia font: inject its faces into that tab. */
  'reader:need-font': { url: string };
  /** The reader in a page shows its article: inject its tools (outline, Edit, toolbar, key-figures panel) into that tab. */
  'reader:need-tools': { url: string };
  /** The reader in a page asks for its article: the background takes the page's snapshot and reads it off the page's thread. */
  'reader:read': { url: string; request: ReadRequest };
  /** The reader in a page, its article shown, asks for the article's key figures (computed off the page's thread). */
  'reader:figures': { url: string; request: FiguresRequest };
}

export type MessageName = keyof Protocol;
export type Message<K extends MessageName = MessageName> = { [N in K]: { type: N; payload: Protocol[N] } }[K];

const NAVIGATION: readonly NavigationKind[] = ['navigate', 'reload', 'back_forward', 'prerender'];

/** A message as received: the typed form if it is one of ours and well formed, else null. */
export function parseMessage(value: unknown): Message | null {
  if (!value || typeof value !== 'object') return null;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  if (!payload || typeof payload !== 'object') return null;
  const p = payload as Record<string, unknown>;
  // The reader reads local files too (file: pages, where the user allowed it); everything else is for web pages.
  const local = type === 'reader:read' || type === 'reader:figures';
  const scheme = local ? /^(https?|file):\/\//i : /^https?:\/\//i;
  const url = typeof p.url === 'string' && p.url.length < 8192 && scheme.test(p.url) ? p.url : null;
  if (!url) return null;
  switch (type) {
    case 'auto:candidate':
      if (!NAVIGATION.includes(p.navigation as NavigationKind) || typeof p.paywalled !== 'boolean' || typeof p.articleSignals !== 'boolean')
        return null;
      return {
        type,
        payload: { url, navigation: p.navigation as NavigationKind, paywalled: p.paywalled, articleSignals: p.articleSignals },
      };
    case 'reader:closed':
    case 'reader:need-font':
    case 'reader:need-tools':
      return { type, payload: { url } };
    case 'reader:read':
      return { type, payload: { url, request: parseReadRequest(p.request) } };
    case 'reader:figures': {
      const request = parseFiguresRequest(p.request);
      return request ? { type, payload: { url, request } } : null;
    }
    default:
      return null;
  }
}

/**
 * What our own extension pages may ask the background (accept-sender.ts tells them from content scripts):
 * run the in-page reader in a tab, by the background's own path (the shortcut's: a toggle; or an open).
 */
export interface PageRequest {
  type: 'reader:in-tab';
  tabId: number;
  action: 'toggle' | 'open';
}

export function parsePageRequest(value: unknown): PageRequest | null {
  const v = (value ?? {}) as Record<string, unknown>;
  if (v.type !== 'reader:in-tab' || !Number.isSafeInteger(v.tabId) || (v.tabId as number) < 0) return null;
  return v.action === 'toggle' || v.action === 'open' ? { type: v.type, tabId: v.tabId as number, action: v.action } : null;
}

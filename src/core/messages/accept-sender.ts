/**
 * Who may send the background a message: only our own content scripts, in
 * the top frame of a tab. A page's own scripts cannot reach runtime messaging
 * without externally_connectable, another extension has another id, and a
 * frame inside a page (an ad, an embed) is not the page the user is reading.
 * Returns the sending tab's id, or null to ignore the message.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function acceptSender(sender: SenderLike | undefined, ownId: string): number | null {
  if (!sender || !ownId || sender.id !== ownId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  return sender.frameId === 0 ? tabId : null;
}

/**
 * One of our own extension pages (the popup, the full tab, the options page),
 * told apart from our content scripts by its address: a content script's
 * sender.url is the page it runs in, never the extension's own origin.
 */
export function acceptExtensionPage(sender: SenderLike | undefined, ownId: string, ownOrigin: string): boolean {
  if (!sender || !ownId || sender.id !== ownId || !ownOrigin) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

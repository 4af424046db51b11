/**
 * Who may send the background a message: only our own content scripts, in
 * the top frame of a tab. A page's own scripts cannot reach runtime messaging
 * without externally_connectable, another extension has another id, and a
 * frame inside a page (an ad, an embed) is not the page the user is reading.
 * Returns the sending tab's id, or null to ignore the message.
 */
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function acceptSender(sender: SenderLike | undefined, ownId: string): number | null {
  if (!sender || !ownId || sender.id !== ownId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return null;
  return sender.frameId === 0 ? tabId : null;
}

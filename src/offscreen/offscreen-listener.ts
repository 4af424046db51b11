/**
 * Chrome's offscreen document (reason DOM_PARSER): the service worker has
 * no DOMParser, so it hands the in-page reader's work here. Only the
 * background may ask (a content script's message carries a tab and is
 * ignored). Once idle, the document closes itself: it holds nothing between
 * readings, and an open one costs memory for nothing.
 */
import { parseFiguresRequest, parseReadRequest, type WorkMessage } from '../core/messages/reader-work';
import { parseSnapshot } from '../core/snapshot/parse-snapshot';
import { browserApi, onMessage } from '../platform/browser-global';
import { keyFiguresFor, readSnapshot } from './reader-work';

const IDLE_MS = 30_000;
let busy = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function idleSoon(): void {
  clearTimeout(idleTimer);
  if (busy === 0) idleTimer = setTimeout(() => window.close(), IDLE_MS);
}

async function handle(message: WorkMessage): Promise<unknown> {
  if (message.type === 'read') {
    // Checked again here (the message came through the background, but the HTML came from the page).
    const checked = parseSnapshot({ ok: true, snapshot: message.snapshot }, message.snapshot?.nonce ?? '');
    if (!checked.ok) return checked;
    return readSnapshot(checked.snapshot, parseReadRequest(message.request));
  }
  const request = parseFiguresRequest(message.request);
  return request ? keyFiguresFor(request) : null;
}

onMessage((raw, sender) => {
  const m = raw as Partial<WorkMessage> | null;
  if (!m || m.target !== 'reader-work' || (m.type !== 'read' && m.type !== 'figures')) return undefined;
  if (sender.id !== browserApi().runtime.id || sender.tab) return undefined;
  busy++;
  clearTimeout(idleTimer);
  return handle(m as WorkMessage).finally(() => {
    busy--;
    idleSoon();
  });
});
idleSoon();

/**
 * Injected into the reader's tab by the popup and the full tab (activeTab +
 * scripting). It only reads: the rendered document as HTML, taken in slices
 * that give the page's event loop back (serialize-document.ts), with the
 * page's address, language and direction. Readability, cleaning, sanitizing
 * and key figures run in the extension page that asked, never on the page's
 * thread. It registers one entry point in the content script's isolated
 * world, out of the page's sight; injecting it twice keeps the first copy.
 */
import { SCRIPTS, type EntryPoints } from '../core/messages/injected-scripts';
import { SNAPSHOT_PART_CHARS, type SnapshotAnswer, type SnapshotRequest } from '../core/snapshot/page-snapshot';
import { serializeDocument } from '../core/snapshot/serialize-document';
import { selectionHtml } from '../core/snapshot/selection-html';

// No slice of the walk holds the page's thread longer than this (the bound is 16 ms).
const SLICE_MS = 8;

// The snapshot being handed over, part by part; dropped once its last part has gone, or when the reader that
// asked stops asking (its popup closed mid-way): a page's copy must not stay in the tab's memory for good.
let pending: { nonce: string; html: string } | null = null;
const PENDING_MS = 60_000;

async function take(request: SnapshotRequest): Promise<SnapshotAnswer> {
  const nonce = typeof request?.nonce === 'string' ? request.nonce : '';
  if (document.readyState === 'loading') return { ok: false, nonce, reason: 'loading', message: 'The page is still loading.' };
  const type = document.contentType || 'text/html';
  if (!/html/i.test(type) || !document.body)
    return { ok: false, nonce, reason: 'not-html', message: `This is a ${type} document, not a web page.` };
  const maxChars = Number.isSafeInteger(request?.maxChars) && request.maxChars > 0 ? request.maxChars : 1;
  const { html, truncated } = await serializeDocument(document, { maxChars, sliceMs: SLICE_MS });
  const root = document.documentElement;
  const dir = (root.getAttribute('dir') ?? document.body.getAttribute('dir') ?? '').toLowerCase();
  pending = html.length > SNAPSHOT_PART_CHARS ? { nonce, html } : null;
  if (pending)
    setTimeout(() => {
      if (pending?.nonce === nonce) pending = null;
    }, PENDING_MS);
  return {
    ok: true,
    total: html.length,
    snapshot: {
      nonce,
      url: location.href,
      baseUrl: document.baseURI,
      html: html.slice(0, SNAPSHOT_PART_CHARS),
      lang: root.getAttribute('lang'),
      dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
      truncated,
      selection: selectionHtml(document),
    },
  };
}

function part(nonce: string, offset: number): string | null {
  if (!pending || pending.nonce !== nonce || !Number.isSafeInteger(offset) || offset < 0) return null;
  const slice = pending.html.slice(offset, offset + SNAPSHOT_PART_CHARS);
  if (offset + SNAPSHOT_PART_CHARS >= pending.html.length) pending = null;
  return slice;
}

const scope = globalThis as Record<string, unknown>;
const name = SCRIPTS.snapshot.global;
// An own property only: the page can clobber the name with <a id="…">, which the isolated world sees too.
if (!Object.prototype.hasOwnProperty.call(scope, name)) {
  Object.defineProperty(scope, name, {
    value: Object.freeze({ take, part } satisfies EntryPoints['snapshot']),
    configurable: false,
    writable: false,
  });
}

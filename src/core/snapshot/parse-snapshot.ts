import type { ExtractFailure } from '../article';
import { MAX_SNAPSHOT_CHARS, type PageSnapshot } from './page-snapshot';
import { MAX_SELECTION_CHARS } from './selection-html';
import { parseUrl } from '../url/web-address';

export type CheckedSnapshot =
  { ok: true; snapshot: PageSnapshot; /** Cut here, on arrival, for being over the cap. */ cutOnArrival: boolean } | ExtractFailure;

/** Where the answer came from, as the browser reports it (the frame the script ran in). */
export interface AnswerOrigin {
  frameId?: number;
}

const BLOCK_END = /<\/(?:p|div|section|article|li|ul|ol|dl|table|tr|blockquote|figure|h[1-6]|pre|header|footer|main|aside|nav)\s*>/gi;

/**
 * The snapshot answers from inside a page we do not trust: accept only the
 * shape we expect, from the top frame we asked, carrying the nonce we sent,
 * with the page's address an http(s) or file one. Anything else is an error
 * the reader can show. A snapshot over the cap (the script stops at the cap
 * itself, so this is a page that lied or a script of another version) is cut
 * here at its last block boundary before the cap, never mid-tag.
 */
export function parseSnapshot(value: unknown, nonce: string, origin: AnswerOrigin = {}, maxChars = MAX_SNAPSHOT_CHARS): CheckedSnapshot {
  if (origin.frameId !== undefined && origin.frameId !== 0) return fail('The answer came from a frame inside the page, not from the page.');
  if (!value || typeof value !== 'object') return fail('The page gave no answer.');
  const v = value as Record<string, unknown>;
  if (v.ok === false) {
    if (v.nonce !== nonce) return fail('The page answered a question it was not asked.');
    const reason = v.reason === 'loading' || v.reason === 'not-html' ? v.reason : 'error';
    return { ok: false, reason, message: typeof v.message === 'string' ? v.message.slice(0, 2000) : '' };
  }
  if (v.ok !== true || !v.snapshot || typeof v.snapshot !== 'object') return fail('The page gave an answer in an unknown form.');
  const s = v.snapshot as Record<string, unknown>;
  if (s.nonce !== nonce) return fail('The page answered a question it was not asked.');
  const url = pageUrl(s.url);
  const baseUrl = pageUrl(s.baseUrl) ?? url;
  if (!url || !baseUrl) return fail('The page gave no address it can be read from.');
  if (typeof s.html !== 'string') return fail('The page arrived incomplete.');
  // Shorter than the page said (a part was lost on the way), unless it was cut for the cap.
  if (typeof v.total === 'number' && s.html.length < Math.min(v.total, maxChars)) return fail('The page arrived incomplete.');
  let html = s.html;
  let cutOnArrival = false;
  if (html.length > maxChars) {
    html = cutAtBlock(html, maxChars);
    cutOnArrival = true;
  }
  return {
    ok: true,
    cutOnArrival,
    snapshot: {
      nonce,
      url,
      baseUrl,
      html,
      lang: typeof s.lang === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(s.lang.trim()) ? s.lang.trim() : null,
      dir: s.dir === 'rtl' || s.dir === 'ltr' ? s.dir : null,
      truncated: s.truncated === true || cutOnArrival,
      ...(typeof s.selection === 'string' && s.selection && s.selection.length <= MAX_SELECTION_CHARS ? { selection: s.selection } : {}),
    },
  };
}

/** The HTML up to the end of its last block element that ends before `max` (or its last complete tag, failing that). */
export function cutAtBlock(html: string, max: number): string {
  const head = html.slice(0, max);
  let end = -1;
  BLOCK_END.lastIndex = 0;
  for (let m = BLOCK_END.exec(head); m; m = BLOCK_END.exec(head)) end = m.index + m[0].length;
  if (end > 0) return head.slice(0, end);
  // No block ends in time: stop before the last tag that began, so no tag is cut in two.
  const lt = head.lastIndexOf('<');
  return lt >= 0 ? head.slice(0, lt) : head;
}

function pageUrl(x: unknown): string | null {
  if (typeof x !== 'string' || x.length > 8192) return null;
  const u = parseUrl(x);
  return u && (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') ? u.href : null;
}

function fail(message: string): ExtractFailure {
  return { ok: false, reason: 'error', message };
}

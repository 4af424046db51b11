/**
 * The in-page reader's reading, in an extension context with a DOM parser:
 * Chrome's offscreen document (offscreen-listener.ts) and Firefox's
 * background page (which imports this module by its fixed path,
 * platform/reader-work-host.ts). Pure functions over what they are given:
 * nothing of a page is kept once the answer is returned.
 */
import type { KeyFigures } from '../core/figures/key-figures';
import type { FiguresRequest, ReadAnswer, ReadRequest } from '../core/messages/reader-work';
import { readInPage } from '../core/pipeline/read-in-page';
import { parseInertDocument } from '../core/sanitize/parse-inert-document';
import type { PageSnapshot } from '../core/snapshot/page-snapshot';

/** The page's checked snapshot, parsed inert (no script runs, nothing loads), decided and extracted. Never throws. */
export function readSnapshot(snapshot: PageSnapshot, request: ReadRequest): ReadAnswer {
  try {
    const doc = parseInertDocument(snapshot.html, snapshot, window);
    const result = readInPage(doc, snapshot.url, request, window);
    return result.ok ? { ok: true, article: result.article, truncated: snapshot.truncated } : result;
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The key figures of an article's text. The language library is its own chunk, loaded the first time it is needed. */
export async function keyFiguresFor(request: FiguresRequest): Promise<KeyFigures | null> {
  try {
    const { computeKeyFigures } = await import('../core/figures/compute-key-figures');
    return computeKeyFigures(request.text, { title: request.title, lang: request.lang ?? undefined });
  } catch {
    return null;
  }
}

import type { ExtractResult } from '../core/article';
import type { Removal } from '../core/clean/removal-trace';
import { cleanHtml, isCut, MAX_HTML_CHARS } from '../node/clean-html';
import { readInput } from './read-input';

/**
 * One input through the whole pipeline: bytes, checks, decoding, then the
 * extension's extractor. Never throws: whatever goes wrong is a failure
 * result with a message. Kept in its own module because it pulls in jsdom,
 * which runCli loads only when there is something to clean (so --help and
 * --version answer at once).
 */
export async function cleanInput(
  path: string,
  url: string,
  stdin: AsyncIterable<Uint8Array | string>,
  explain?: (removal: Removal) => void,
): Promise<{ result: ExtractResult; note: string | null }> {
  const read = await readInput(path, stdin);
  if (!read.ok) return { result: { ok: false, reason: 'not-html', message: read.message }, note: null };
  const note = isCut(read.html)
    ? `the page is ${(read.html.length / 1e6).toFixed(1)} million characters long; only its first ${MAX_HTML_CHARS / 1e6} million were read`
    : null;
  try {
    return { result: cleanHtml(read.html, url, explain), note };
  } catch (error) {
    return { result: { ok: false, reason: 'error', message: `could not be cleaned: ${(error as Error).message}` }, note };
  }
}

export { formatExplain } from './format-explain';
export { formatOutput } from './format-output';

import type { ExtractResult } from '../core/article';
import { cleanHtml } from '../node/clean-html';
import { readInput } from './read-input';

/**
 * One input through the whole pipeline: bytes, checks, decoding, then the
 * extension's extractor. Never throws: whatever goes wrong is a failure
 * result with a message. Kept in its own module because it pulls in jsdom,
 * which runCli loads only when there is something to clean (so --help and
 * --version answer at once).
 */
export async function cleanInput(path: string, url: string, stdin: AsyncIterable<Uint8Array | string>): Promise<ExtractResult> {
  const read = await readInput(path, stdin);
  if (!read.ok) return { ok: false, reason: 'not-html', message: read.message };
  try {
    return cleanHtml(read.html, url);
  } catch (error) {
    return { ok: false, reason: 'error', message: `could not be cleaned: ${(error as Error).message}` };
  }
}

export { formatOutput } from './format-output';

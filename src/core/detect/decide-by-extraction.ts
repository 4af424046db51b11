import type { ExtractResult } from '../article';
import { EXTRACTION } from './detect-rules';

export type ExtractionVerdict = { verdict: 'yes' | 'no'; reason: string };

/**
 * Stage 4: the full extraction found a body; is it a story? Long enough,
 * not a paywall's teaser, and not a list of links that Readability took
 * for a body.
 */
export function decideByExtraction(result: ExtractResult, paywalled: boolean): ExtractionVerdict {
  if (!result.ok) return { verdict: 'no', reason: `extraction:${result.reason}` };
  const { wordCount, html, text } = result.article;
  if (wordCount < EXTRACTION.minWords) return { verdict: 'no', reason: `extraction:words:${wordCount}` };
  if (paywalled && wordCount < EXTRACTION.minWordsBehindPaywall) return { verdict: 'no', reason: `extraction:paywall-teaser:${wordCount}` };
  const density = linkDensity(html, text);
  if (density > EXTRACTION.maxLinkDensity) return { verdict: 'no', reason: `extraction:link-density:${density.toFixed(2)}` };
  // Readability sometimes takes a column of teasers or a thread for a body. Teaser headlines link
  // to the same site; a gift guide's headings link to shops elsewhere, so only the site's own count.
  const linkedHeadings = countOwnLinkedHeadings(html, result.article.url);
  if (linkedHeadings > EXTRACTION.maxLinkedHeadings) return { verdict: 'no', reason: `extraction:linked-headings:${linkedHeadings}` };
  const dates = html.match(/<time\b/gi)?.length ?? 0;
  if (dates > EXTRACTION.maxDates) return { verdict: 'no', reason: `extraction:dates:${dates}` };
  return { verdict: 'yes', reason: 'extraction:ok' };
}

function countOwnLinkedHeadings(html: string, url: string): number {
  const host = hostOf(url);
  let n = 0;
  for (const m of html.matchAll(/<h[1-6]\b[^>]*>\s*<a\b[^>]*\bhref="([^"]*)"/gi)) if (host && hostOf(m[1] ?? '') === host) n++;
  return n;
}

function hostOf(url: string): string | null {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return null; }
}

/**
 * Share of the body's letters that sit inside links. Reads our own
 * sanitized HTML as text (no DOM is built from it here): link bodies hold
 * no nested links, so a lazy match per <a> is exact enough.
 */
export function linkDensity(html: string, text: string): number {
  const total = letters(text);
  if (total === 0) return 1;
  let linked = 0;
  for (const m of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)) linked += letters((m[1] ?? '').replace(/<[^>]*>/g, ''));
  return Math.min(1, linked / total);
}

function letters(s: string): number {
  return s.replace(/[^\p{L}\p{N}]/gu, '').length;
}

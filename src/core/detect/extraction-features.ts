import type { Article } from '../article';
import { PROSE_CHARS } from './detect-rules';
import { letters, scaled } from './page-features';
import { proseQuality } from './prose-quality';
import { parseUrl } from '../url/web-address';

/**
 * What the full extraction shows, as features for the last stage: how
 * long the body is, how much of the page's text it holds, how much of it
 * sits in links, how much of it is running text in long blocks, the site's own linked headlines and timestamps inside it
 * (a column of teasers or a thread Readability took for a body), a paywall's
 * teaser, and how the body reads.
 */
export function extractionFeatures(article: Article, bodyLetters: number, paywalled: boolean): Record<string, number> {
  const { wordCount, html, text } = article;
  const own = letters(text);
  const q = proseQuality(text);
  // Blocks of running text in the body as extracted: a story set in <div>s and <br>s, which the page's
  // own <p> count misses, shows its paragraphs here; a grid of cards or a spec sheet shows short blocks.
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim().length);
  const prose = blocks.filter((n) => n >= PROSE_CHARS);
  return {
    'ex.proseBlocks': scaled(prose.length, 20),
    'ex.proseShare': text.length ? Math.min(1, prose.reduce((a, b) => a + b, 0) / text.length) : 0,
    'ex.words': scaled(wordCount, 3000),
    'ex.short': wordCount < 80 ? 1 : 0,
    'ex.teaser': paywalled && wordCount < 150 ? 1 : 0,
    'ex.share': bodyLetters ? Math.min(1, own / bodyLetters) : 0,
    'ex.linkDensity': linkDensity(html, own),
    'ex.linkedHeadings': scaled(countOwnLinkedHeadings(html, article.url), 20),
    'ex.dates': scaled(html.match(/<time\b/gi)?.length ?? 0, 20),
    'ex.sentenceLength': q.sentenceLength,
    'ex.stopShare': q.stopShare,
  };
}

/** Teaser headlines link to the same site; a gift guide's headings link to shops elsewhere, so only the site's own count. */
function countOwnLinkedHeadings(html: string, url: string): number {
  const host = hostOf(url);
  let n = 0;
  for (const m of html.matchAll(/<h[1-6]\b[^>]*>\s*<a\b[^>]*\bhref="([^"]*)"/gi)) if (host && hostOf(m[1] ?? '') === host) n++;
  return n;
}

function hostOf(url: string): string | null {
  return parseUrl(url)?.hostname.replace(/^www\./, '') ?? null;
}

/**
 * Share of the body's letters inside links. Reads our own sanitized HTML
 * as text (no DOM is built from it here): link bodies hold no nested links,
 * so a lazy match per <a> is exact enough.
 */
function linkDensity(html: string, total: number): number {
  if (total === 0) return 1;
  let linked = 0;
  for (const m of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)) linked += letters((m[1] ?? '').replace(/<[^>]*>/g, ''));
  return Math.min(1, linked / total);
}

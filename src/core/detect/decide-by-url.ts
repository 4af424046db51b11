import { INDEX_FILES, POST_ID_PARAMS, LISTING_SEGMENTS, LOCALE_SEGMENT, NON_ARTICLE_SEGMENTS, SEARCH_PARAMS } from './detect-rules';

export type UrlVerdict = { verdict: 'no'; reason: string } | { verdict: 'maybe' };

/**
 * Stage 1: pages whose address alone says they are not a story. Only says
 * "no" or "maybe": an article-looking address proves nothing (forum threads
 * and products have long slugs too).
 */
export function decideByUrl(url: string): UrlVerdict {
  let u: URL;
  try { u = new URL(url); } catch { return { verdict: 'no', reason: 'url:unparsable' }; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { verdict: 'no', reason: 'url:scheme' };
  for (const name of SEARCH_PARAMS) {
    if (u.searchParams.has(name)) return { verdict: 'no', reason: `url:search-param:${name}` };
  }
  const segments = u.pathname.split('/').filter(Boolean).map(decodeSegment);
  const meaningful = segments.filter((s) => !LOCALE_SEGMENT.test(s) && !INDEX_FILES.test(s));
  // The site's root, unless the query names one post (WordPress's plain permalinks: /?p=123).
  if (meaningful.length === 0 && !POST_ID_PARAMS.some((name) => /^\d+$|^[\w-]{8,}$/.test(u.searchParams.get(name) ?? ''))) return { verdict: 'no', reason: 'url:root' };
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] ?? '';
    // /page/2/ and /seite/3/: the second page of a listing.
    if (/^(?:page|seite|pagina|p[áa]gina|strona)$/.test(s) && /^\d+$/.test(segments[i + 1] ?? '')) return { verdict: 'no', reason: 'url:paginated' };
    if (NON_ARTICLE_SEGMENTS.test(s)) return { verdict: 'no', reason: `url:segment:${s}` };
    // /tag/climate/ or /author/jane-doe/: a listing when at most one short name follows the keyword.
    if (LISTING_SEGMENTS.test(s) && segments.length - i - 1 <= 1 && !isStorySlug(segments[i + 1] ?? '')) return { verdict: 'no', reason: `url:listing:${s}` };
  }
  if (isSectionPath(meaningful, u.pathname)) return { verdict: 'no', reason: 'url:section' };
  return { verdict: 'maybe' };
}

/**
 * /world/ or /sport/football/: one or two plain words and nothing that
 * names a story (no hyphenated slug, no number, no file). Section fronts
 * look like this; stories almost never do.
 */
function isSectionPath(meaningful: string[], pathname: string): boolean {
  if (meaningful.length === 0 || meaningful.length > 2) return false;
  if (/\.\w{2,5}$/.test(pathname) && !INDEX_FILES.test(meaningful[meaningful.length - 1] ?? '')) return false;
  return meaningful.every((s) => /^[\p{L}]{1,20}$/u.test(s));
}

/** A story's slug: many words, or a long number (an id). Tags and names have a few words and no id. */
function isStorySlug(s: string): boolean {
  return s.split(/[-_+]/).length > 4 || /\d{4,}/.test(s);
}

function decodeSegment(s: string): string {
  try { return decodeURIComponent(s).toLowerCase(); } catch { return s.toLowerCase(); }
}

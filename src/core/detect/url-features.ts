import { INDEX_FILES, LISTING_SEGMENTS, LOCALE_SEGMENT, NON_ARTICLE_SEGMENTS, POST_ID_PARAMS, SEARCH_PARAMS } from './detect-rules';
import { parseUrl } from '../url/web-address';

/**
 * What the address says, as weak features (0 or 1) for the scored
 * decision: a root, a listing keyword, a shop or forum segment, a search
 * parameter, a section path; or a story's slug, date or id. None of them is
 * a verdict on its own: the weights decide, beside the page's own signals
 * and prose, so a blog post at /category/essays/ is not shut out by its address.
 */
export function urlFeatures(url: string | null): Record<string, number> {
  const f: Record<string, number> = {};
  if (url === null) return f;
  const u = parseUrl(url);
  if (!u) return f;
  // A query that is itself a path (index.php?/site/article/42/) says what a path would.
  const path = u.pathname + (u.search.startsWith('?/') ? u.search.slice(1) : '');
  const segments = path.split('/').filter(Boolean).map(decodeSegment);
  const meaningful = segments.filter((s) => !LOCALE_SEGMENT.test(s) && !INDEX_FILES.test(s));
  if (SEARCH_PARAMS.some((name) => u.searchParams.has(name))) f['url.search'] = 1;
  // One post on an index address: an id under a known name or any name ending in "id", in any case (?p=42, ?storyID=331739).
  let postId = false;
  for (const [name, value] of u.searchParams) if (POST_ID_PARAMS.test(name) && /^\d+$|^[\w-]{8,}$/.test(value)) postId = true;
  if (meaningful.length === 0 && !postId) f['url.root'] = 1;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] ?? '';
    if (/^(?:page|seite|pagina|p[áa]gina|strona)$/.test(s) && /^\d+$/.test(segments[i + 1] ?? '')) f['url.paginated'] = 1;
    if (NON_ARTICLE_SEGMENTS.test(s)) f['url.segment'] = 1;
    if (LISTING_SEGMENTS.test(s) && segments.length - i - 1 <= 1 && !isStorySlug(segments[i + 1] ?? '')) f['url.listing'] = 1;
  }
  const last = meaningful[meaningful.length - 1] ?? '';
  if (
    meaningful.length > 0 &&
    meaningful.length <= 2 &&
    !/\.\w{2,5}$/.test(u.pathname) &&
    meaningful.every((s) => /^\p{L}{1,20}$/u.test(s))
  )
    f['url.section'] = 1;
  if (meaningful.some(isStorySlug) || postId) f['url.story'] = 1;
  if (/\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\//.test(u.pathname) || /(?:19|20)\d\d-?[01]\d-?[0-3]\d/.test(u.pathname)) f['url.date'] = 1;
  if (/\.(?:s?html?|php|aspx?|jsp|cms)$/i.test(last) && !INDEX_FILES.test(last)) f['url.file'] = 1;
  return f;
}

/** A story's slug: many words, or a long number (an id). Tags and names have a few words and no id. */
function isStorySlug(s: string): boolean {
  return s.split(/[-_+]/).length > 4 || /\d{4,}/.test(s);
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s).toLowerCase();
  } catch {
    return s.toLowerCase();
  }
}

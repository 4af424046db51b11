import type { Article } from '../core/article';
import { describeMeta } from '../core/meta/describe-meta';
import { readingMinutes } from '../core/text/reading-time';

/**
 * "World Affairs Daily · Staff Writer · 2022-04-20 · 3 min read": the reader's
 * quiet line under the headline (site · byline · date · reading time, as in
 * READER-DESIGN.md and src/reader/format-meta.ts), in every human-readable
 * format. Untranslated and with an ISO date, so scripts can rely on it; what
 * it says (plausible date, byline without a doubled "By", site name) is
 * decided by src/core/meta, as for the reader.
 */
export function metaLine(article: Pick<Article, 'byline' | 'siteName' | 'publishedTime' | 'wordCount' | 'lang'> & Partial<Pick<Article, 'title' | 'url'>>): string {
  const meta = describeMeta({ title: '', url: null, ...article });
  const parts: string[] = [];
  if (meta.site) parts.push(meta.site);
  if (meta.byline) parts.push(meta.byline.name);
  if (meta.byline?.agency) parts.push(meta.byline.agency);
  const date = publishedDate(meta.published);
  if (date) parts.push(date);
  const minutes = readingMinutes(article.wordCount, article.lang);
  if (minutes) parts.push(`${minutes} min read`);
  return parts.join(' · ');
}

/**
 * The date part of an ISO timestamp as written, without converting time
 * zones: the day the site says it published is the day to show. Anything
 * else (sites write "April 20, 2022") is shown as given.
 */
function publishedDate(time: string | null): string | null {
  if (!time) return null;
  return /^\d{4}-\d{2}-\d{2}(?:[T ]|$)/.test(time) ? time.slice(0, 10) : time;
}

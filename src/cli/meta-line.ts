import type { Article } from '../core/article';

/**
 * "Staff Writer · World Affairs Daily · 2022-04-20 · 793 words": who, where,
 * when and how long, under the title in every human-readable format.
 */
export function metaLine(article: Pick<Article, 'byline' | 'siteName' | 'publishedTime' | 'wordCount'>): string {
  const parts: string[] = [];
  if (article.byline) parts.push(article.byline);
  if (article.siteName && article.siteName !== article.byline) parts.push(article.siteName);
  const date = publishedDate(article.publishedTime);
  if (date) parts.push(date);
  parts.push(`${article.wordCount} ${article.wordCount === 1 ? 'word' : 'words'}`);
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

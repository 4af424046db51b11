import type { Article } from '../core/article';
import { readingMinutes } from '../core/text/reading-time';

/** The quiet line under the headline: site · byline · date · reading time. */
export function formatMeta(article: Article, t: (key: string, sub?: string) => string, locale: string): string[] {
  const parts: string[] = [];
  if (article.siteName) parts.push(article.siteName);
  if (article.byline && article.byline !== article.siteName) {
    parts.push(/^(by|von|par|por)\s/i.test(article.byline) ? article.byline : t('byline', article.byline));
  }
  const date = formatDate(article.publishedTime, locale);
  if (date) parts.push(date);
  const minutes = readingMinutes(article.wordCount, article.lang);
  if (minutes) parts.push(t('minutesRead', String(minutes)));
  return parts;
}

export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  try {
    return d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

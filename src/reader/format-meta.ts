import type { Article } from '../core/article';
import { bylineWordFor } from '../core/meta/byline-words';
import type { Byline } from '../core/meta/clean-byline';
import { describeMeta } from '../core/meta/describe-meta';
import { plausibleDate } from '../core/meta/plausible-date';
import { readingMinutes } from '../core/text/reading-time';

type Translate = (key: string, sub?: string) => string;

/** The quiet line under the headline: site · byline · agency · date · reading time. */
export function formatMeta(article: Article, t: Translate, locale: string, now: Date = new Date()): string[] {
  const meta = describeMeta(article, now);
  const parts: string[] = [];
  if (meta.site) parts.push(meta.site);
  if (meta.byline) parts.push(bylineText(meta.byline, article.lang, t));
  if (meta.byline?.agency) parts.push(meta.byline.agency);
  const date = formatDate(article.publishedTime, locale, now);
  if (date) parts.push(date);
  const minutes = readingMinutes(article.wordCount, article.lang);
  if (minutes) parts.push(t('minutesRead', String(minutes)));
  return parts;
}

/**
 * "By Jane Doe" in the article's language: its own word where it has one,
 * the bare name where it has none (Arabic, Russian); the interface's word
 * only when the article's language is unknown. A labelled byline
 * ("Analysis by …", "Текст: …") is shown as written.
 */
export function bylineText(byline: Byline, lang: string | null, t: Translate): string {
  if (byline.labelled) return byline.name;
  if (!lang) return t('byline', byline.name);
  const word = bylineWordFor(lang);
  return word ? `${word} ${byline.name}` : byline.name;
}

/** The article's date in the reader's words, or null when the page gave no plausible one. */
export function formatDate(iso: string | null, locale: string, now: Date = new Date()): string | null {
  const d = plausibleDate(iso, now);
  if (!d) return null;
  try {
    return d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

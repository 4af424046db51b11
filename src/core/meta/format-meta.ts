import type { Article } from '../article';
import type { Translate } from '../i18n/translate';
import { readingMinutes } from '../text/reading-time';
import { bylineWordFor } from './byline-words';
import type { Byline } from './clean-byline';
import { describeMeta } from './describe-meta';
import { plausibleDate } from './plausible-date';

/**
 * The quiet line under the headline: site · byline · agency · date · reading
 * time. One line for every place an article is shown or taken away (the
 * popup, the full tab, the in-page reader, saved and copied files, the CLI),
 * so they never drift apart.
 */
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

/**
 * The article's date in the reader's words, or null when the page gave no
 * plausible one. The calendar day is the one the page wrote, without
 * converting time zones: "2022-04-20T23:42:00-05:00" was published on April
 * 20 where it was published, though it was already the 21st in UTC.
 */
export function formatDate(iso: string | null, locale: string, now: Date = new Date()): string | null {
  const d = plausibleDate(iso, now);
  if (!d) return null;
  const written = iso?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/);
  const day = written ? new Date(Date.UTC(Number(written[1]), Number(written[2]) - 1, Number(written[3]))) : d;
  try {
    return day.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  } catch {
    return day.toISOString().slice(0, 10);
  }
}

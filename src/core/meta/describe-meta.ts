import type { Article } from '../article';
import { chooseSiteName } from './choose-site-name';
import { cleanByline, type Byline } from './clean-byline';
import { plausibleDate } from './plausible-date';
import { stripSiteSuffix } from './strip-site-suffix';

export interface MetaInfo {
  /** The headline without a trailing " - Site Name". */
  title: string;
  site: string | null;
  /** Null when there is none, or it only repeats the site's name. */
  byline: Byline | null;
  /** The publication date as the page wrote it, when it is plausible; null otherwise. */
  published: string | null;
  publishedDate: Date | null;
}

export type MetaSource = Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang'> & { url?: string | null };

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What the line under the headline says, decided once for every place that
 * prints it (the reader, its copies and files, the command-line tool); each
 * only words and formats it. `now` is for the "not in the future" check.
 */
export function describeMeta(article: MetaSource, now: Date = new Date()): MetaInfo {
  const url = article.url ?? null;
  const site = chooseSiteName(article.siteName, null, url);
  let byline = cleanByline(article.byline, article.lang);
  if (byline && (same(byline.name, site) || same(byline.name, article.siteName))) {
    byline = byline.agency && !same(byline.agency, site) ? { name: byline.agency, labelled: false, agency: null } : null;
  }
  if (byline?.agency && same(byline.agency, site)) byline = { ...byline, agency: null };
  const publishedDate = plausibleDate(article.publishedTime, now);
  return {
    title: stripSiteSuffix(article.title, site ?? article.siteName, url),
    site,
    byline,
    published: publishedDate ? (article.publishedTime ?? '').trim() : null,
    publishedDate,
  };
}

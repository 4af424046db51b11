import type { Article } from '../article';
import type { Translate } from '../i18n/translate';
import { describeMeta } from './describe-meta';
import { formatMeta } from './format-meta';

/**
 * The title block's words, finished: the headline without its site suffix
 * and the meta line's parts. Made where the meta rules are (the popup, the
 * full tab, the in-page reader's reading off the page's thread), so the
 * script in the page only prints them (render-article.ts).
 */
export interface ArticleHeading {
  title: string;
  meta: string[];
}

export function articleHeading(article: Article, t: Translate, locale: string, now: Date = new Date()): ArticleHeading {
  return { title: describeMeta(article, now).title, meta: formatMeta(article, t, locale, now) };
}

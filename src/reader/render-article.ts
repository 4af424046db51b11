import type { Article } from '../core/article';
import type { Sanitizer } from '../core/sanitize/create-sanitizer';
import type { ArticleHeading } from '../core/meta/article-heading';
import { h } from './h';
import { isWebUrl, parseUrl } from '../core/url/web-address';

export interface RenderContext {
  sanitizer: Sanitizer;
  /** A note above the body, such as a page cut short by the snapshot's cap. */
  notice?: string;
  /** The headline and meta line, finished where the meta rules are (article-heading.ts). */
  heading: ArticleHeading;
}

/**
 * The reader's page for one article: title block (headline once, then a
 * quiet meta line), then the body. The body HTML passes through the
 * sanitizer again here, even though the pipeline already cleaned it: it
 * was read from a hostile page and is re-checked where it becomes DOM.
 */
export function renderArticle(article: Article, ctx: RenderContext): HTMLElement {
  const body = h('div', { class: 'reader-body' });
  body.append(ctx.sanitizer.toFragment(article.html));
  for (const img of Array.from(body.querySelectorAll('img'))) dropWhenBroken(img);
  return articleFrame(article, ctx, body);
}

/** A picture that fails to load would leave a broken-image box in the text: it goes (with its figure). */
export function dropWhenBroken(img: Element): void {
  img.addEventListener('error', () => (img.closest('figure') ?? img).remove(), { once: true });
}

/**
 * The page around a body: title block, notice, the body, the source link. The in-page reader fills its body
 * afterwards, in slices (fill-in-slices.ts), so the page's thread is never held for the whole article.
 */
export function articleFrame(article: Article, ctx: Omit<RenderContext, 'sanitizer'>, body: HTMLElement): HTMLElement {
  const meta = ctx.heading.meta;
  return h(
    'article',
    { class: 'reader', lang: article.lang, dir: article.dir ?? 'auto' },
    h(
      'header',
      { class: 'reader-title-block' },
      h('h1', { class: 'reader-title' }, ctx.heading.title),
      // Each part isolated (<bdi>): an English "1 min read" in an Arabic article must not be reordered by its neighbours.
      meta.length ? h('p', { class: 'reader-meta' }, ...meta.flatMap((part, i) => [i ? ' · ' : null, h('bdi', {}, part)])) : null,
    ),
    ctx.notice ? h('p', { class: 'reader-notice', role: 'note' }, ctx.notice) : null,
    body,
    article.url
      ? h(
          'footer',
          { class: 'reader-source' },
          h('a', { href: safeHttpUrl(article.url), target: '_blank', rel: 'noopener noreferrer' }, hostOf(article.url)),
        )
      : null,
  );
}

function safeHttpUrl(url: string): string | null {
  return isWebUrl(url) ? url : null;
}

function hostOf(url: string): string {
  return parseUrl(url)?.host || url;
}

import { isArticleFile } from '../node/is-article';
import { readInput } from './read-input';

export type Decision = { ok: true; isArticle: boolean; stage: string; reason: string; url: string } | { ok: false; message: string };

/**
 * `--is-article` for one input: the automatic reader's decision (the same
 * stages as in the browser), after the same reading and not-HTML checks as
 * cleaning. An input that cannot be read is a failure, not a "no": a "no"
 * is an answer about a page. Lazily imported, like clean-input.ts, for jsdom.
 *
 * The decision's first stage judges the address, and a file:// address is
 * never an article page. So without --url (`url` null) the page's own
 * canonical address is used when it states one, as saved pages usually do.
 */
export async function decideInput(
  path: string,
  url: string | null,
  fallbackUrl: string,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<Decision> {
  const read = await readInput(path, stdin);
  if (!read.ok) return read;
  const address = url ?? canonicalUrl(read.html) ?? fallbackUrl;
  const { isArticle, stage, reason } = await isArticleFile(read.html, address);
  return { ok: true, isArticle, stage, reason, url: address };
}

/** <link rel="canonical"> or og:url in the page's head, if it is an http(s) address. */
export function canonicalUrl(html: string): string | null {
  const head = html.slice(0, 200_000);
  for (const tag of head.match(/<(?:link|meta)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | null =>
      new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined) ?? null;
    const isCanonical = /^link/i.test(tag.slice(1))
      ? /(?:^|\s)canonical(?:\s|$)/i.test(attr('rel') ?? '')
      : /^og:url$/i.test(attr('property') ?? '');
    const href = isCanonical ? attr(/^link/i.test(tag.slice(1)) ? 'href' : 'content') : null;
    if (href && /^https?:\/\//i.test(href.trim()) && URL.canParse(href.trim())) return decodeEntities(href.trim());
  }
  return null;
}

function decodeEntities(url: string): string {
  return url.replace(/&amp;/gi, '&').replace(/&#0*38;/g, '&');
}

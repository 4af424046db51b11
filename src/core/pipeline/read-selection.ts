import type { ExtractResult } from '../article';
import { chooseSiteName } from '../meta/choose-site-name';
import type { Sanitizer } from '../sanitize/create-sanitizer';
import { blockText } from '../text/block-text';
import { countWords } from '../text/normalize-for-compare';

/**
 * "Read selection": the reader's own choice of text, shown as it is. No
 * article decision, no Readability, no cleaning (the reader chose this
 * text, so nothing in it is boilerplate to us); only the sanitizer, the
 * same as for every article, and the page's title, language and site for
 * the title block. `doc` is the page (or its inert copy), for those;
 * `makeSanitizer` gives the caller's sanitizer for the page's base address
 * (DOMPurify in the popup, the rebuilding one in the in-page reader), whose
 * fragments belong to `owner`.
 */
export function readSelection(
  doc: Document,
  selection: string,
  url: string,
  makeSanitizer: (baseUrl: string) => Sanitizer,
  owner: Document,
): ExtractResult {
  try {
    const sanitizer = makeSanitizer(doc.baseURI || url);
    const content = sanitizer.toFragment(selection);
    const box = owner.createElement('div');
    box.append(content);
    const text = blockText(box);
    const wordCount = countWords(text);
    if (wordCount === 0) return { ok: false, reason: 'not-article', message: 'The selection has no text to read.' };
    const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
    const dir = (doc.documentElement?.getAttribute('dir') ?? '').toLowerCase();
    return {
      ok: true,
      article: {
        title: (doc.title || '').replace(/\s+/g, ' ').trim() || hostOf(url),
        byline: null,
        siteName: chooseSiteName(null, og, url),
        publishedTime: null,
        lang: doc.documentElement?.getAttribute('lang')?.trim() || null,
        dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
        excerpt: null,
        html: sanitizer.toHtml(selection),
        text,
        wordCount,
        url,
      },
    };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

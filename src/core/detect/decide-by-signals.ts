import {
  ARTICLE_OG_TYPES, ARTICLE_TYPES, ERROR_TITLES, NON_ARTICLE_OG_TYPES, NON_ARTICLE_TYPES, WEAK_NON_ARTICLE_TYPES,
} from './detect-rules';
import { readJsonLd } from './read-json-ld';

export interface SignalsVerdict {
  /** 'yes': the page's metadata names one article; 'maybe': nothing decisive. */
  verdict: 'no' | 'maybe' | 'yes';
  reason: string;
  /** The page says its full text is behind a paywall (checked again after extraction). */
  paywalled: boolean;
}

/**
 * Stage 2, first half: what the page says about itself (JSON-LD, Open
 * Graph, its title). Its other half, the page's shape (decide-by-shape.ts),
 * can still say no to a "yes" here: themes stamp "article" everywhere, but a
 * front page cannot hide its forty headlines.
 */
export function decideBySignals(doc: Document): SignalsVerdict {
  const ld = readJsonLd(doc);
  // A paywall says so in JSON-LD, in Open Graph's content tier, or in a box named for it.
  const paywalled = ld.paywalled || /locked|metered|premium/i.test(meta(doc, 'article:content_tier') ?? '') || doc.querySelector('[class*="paywall" i], [id*="paywall" i]') !== null;
  const no = (reason: string): SignalsVerdict => ({ verdict: 'no', reason: `signals:${reason}`, paywalled });

  const hasArticleType = ld.types.some((t) => ARTICLE_TYPES.test(t));
  const strongNo = ld.types.find((t) => NON_ARTICLE_TYPES.test(t) && !WEAK_NON_ARTICLE_TYPES.test(t));
  if (strongNo) return no(`json-ld:${strongNo}`);
  const og = meta(doc, 'og:type');
  const articleOg = og !== null && ARTICLE_OG_TYPES.test(og);
  // A story with a video carries a VideoObject too; alone, with no article anywhere, the video is the page.
  const weakNo = ld.types.find((t) => WEAK_NON_ARTICLE_TYPES.test(t));
  if (weakNo && !hasArticleType && !articleOg) return no(`json-ld:${weakNo}`);

  if (og && NON_ARTICLE_OG_TYPES.test(og) && !hasArticleType) return no(`og-type:${og}`);

  // Open Graph's product price: only a shop's item page carries one.
  if (meta(doc, 'product:price:amount')) return no('og-product-price');
  if (isErrorPage(doc)) return no('error-page');

  if (hasArticleType) return { verdict: 'yes', reason: 'signals:json-ld-article', paywalled };
  return { verdict: 'maybe', reason: articleOg ? 'signals:og-article' : 'signals:none', paywalled };
}

function meta(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** The first heading or the title's first part is a whole "not found" sentence. */
function isErrorPage(doc: Document): boolean {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const title = (doc.title ?? '').split(/\s+[|\-–—:·•»]\s+/)[0]?.trim() ?? '';
  return [h1, title].some((t) => t.length > 0 && t.length < 80 && ERROR_TITLES.test(t));
}

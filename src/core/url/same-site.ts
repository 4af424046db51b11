import { parseUrl } from './web-address';

/**
 * The site a page belongs to, as its registrable domain: "foxbusiness.com"
 * for www.foxbusiness.com and video.foxbusiness.com alike, "example.co.uk"
 * for news.example.co.uk. A teaser to the site's video or sport subdomain
 * is still the site sending the reader elsewhere (fixture:
 * related--inline-teasers). No list of public suffixes: a short label
 * before a two-letter country code ("co.uk", "com.au") counts as a suffix.
 */
export function siteOf(url: string): string {
  const host = parseUrl(url)?.hostname.toLowerCase();
  if (host === undefined) return '';
  if (!host || /^[\d.]+$|:/.test(host)) return host;
  const labels = host.split('.');
  const n = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** A link to another page of the same site (not an anchor on this page, not the home page). */
export function isSameSiteArticle(href: string, site: string): boolean {
  if (!site || !href || href.startsWith('#')) return false;
  const u = parseUrl(href, `https://${site}/`);
  return !!u && (u.protocol === 'https:' || u.protocol === 'http:') && siteOf(u.href) === site && u.pathname.length > 1;
}

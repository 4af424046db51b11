import { isWebUrl, parseUrl } from './web-address';

/** The host of a web address as people write it ("news.example", without "www."), or null. */
export function hostLabel(url: string | null | undefined): string | null {
  if (!url || !isWebUrl(url)) return null;
  return parseUrl(url)?.hostname.replace(/^www\d?\./i, '') || null;
}

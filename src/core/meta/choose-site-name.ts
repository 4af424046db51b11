import { hostLabel } from '../url/host-label';

// Names of the software a site runs on, not of the site.
// prettier-ignore
const PLATFORMS = new Set([
  'blogger', 'blogspot', 'wordpress', 'wordpress.com', 'wix', 'wix.com', 'squarespace', 'tumblr', 'weebly', 'medium',
  'ghost', 'jimdo', 'webflow', 'joomla', 'joomla!', 'drupal', 'typepad', 'livejournal', 'substack', 'hubspot',
  'just another wordpress site', 'my wordpress blog', 'my blog', 'blog',
]);
// What themes and CMSs fill the field with when nobody set it.
// prettier-ignore
const PLACEHOLDERS = new Set([
  'hosted', 'home', 'homepage', 'home page', 'start', 'startseite', 'accueil', 'inicio', 'главная', 'главная страница', 'الرئيسية',
  'untitled', 'website', 'my site', 'my website', 'site', 'site name', 'sitename', 'site title', 'default', 'null', 'undefined',
  'none', 'n/a', 'test', 'title', 'og:site_name',
]);
// A section menu printed as a name: "Autoracing | F1 | Indy | NASCAR".
const MENU_SEPARATOR = /\s*[|•·»›]\s*|\s+[/–—-]\s+/u;

/** Whether a site name reads as the site's own name (not a menu, a platform or a placeholder). */
export function isUsableSiteName(name: string | null | undefined): name is string {
  const text = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!text || !/[\p{L}\p{N}]/u.test(text) || text.length > 80) return false;
  const lower = text.toLowerCase();
  if (PLATFORMS.has(lower) || PLACEHOLDERS.has(lower)) return false;
  return text.split(MENU_SEPARATOR).filter((part) => /[\p{L}\p{N}]/u.test(part)).length < 3;
}

/**
 * The site's name for the meta line: the name the extraction found, else
 * the page's own og:site_name, else the host ("news.example"), whenever the
 * earlier one looks like a menu, a platform or a placeholder. A page that
 * names no site keeps none: the reader's footer shows the host already.
 */
export function chooseSiteName(
  siteName: string | null | undefined,
  ogSiteName: string | null | undefined,
  url: string | null | undefined,
): string | null {
  if (!siteName?.trim() && !ogSiteName?.trim()) return null;
  for (const candidate of [siteName, ogSiteName]) {
    if (isUsableSiteName(candidate)) return candidate.replace(/\s+/g, ' ').trim();
  }
  return hostLabel(url);
}

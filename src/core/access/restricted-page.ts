/**
 * Pages where the browser does not let an extension run scripts. Asking
 * anyway only produces an error after a delay; knowing the URL lets the popup
 * say at once why the page cannot be read.
 */
import { parseUrl } from '../url/web-address';

export type RestrictedKind = 'browser-page' | 'extension-page' | 'web-store' | 'pdf-viewer' | 'view-source' | 'file' | 'empty';

const BROWSER_SCHEMES =
  /^(chrome|about|edge|brave|opera|vivaldi|chrome-search|chrome-untrusted|devtools|resource|jar|view-source|moz-extension|chrome-extension|javascript|data|blob):/i;
// prettier-ignore
const STORE_HOSTS = new Set(['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com', 'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net', 'content.cdn.mozilla.net', 'support.mozilla.org', 'install.mozilla.org']);

export function restrictedKind(url: string): RestrictedKind | null {
  if (!url) return 'empty';
  if (/^view-source:/i.test(url)) return 'view-source';
  if (/^(moz|chrome)-extension:/i.test(url)) {
    // Chrome's built-in PDF viewer is an extension page.
    return /^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//i.test(url) ? 'pdf-viewer' : 'extension-page';
  }
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  const parsed = parseUrl(url);
  if (!parsed) return 'browser-page';
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.has(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')))
    return 'web-store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf-viewer';
  return null;
}

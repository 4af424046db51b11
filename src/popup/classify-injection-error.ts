import type { RestrictedKind } from '../core/access/restricted-page';

/** Why the browser refused to run the snapshot script, as far as its error text tells. */
export type RefusedKind = RestrictedKind | 'error-page' | 'denied';

/**
 * The browser's refusal to run a script in a tab, turned into a kind the
 * popup has plain words for. Without a grant the popup cannot see a tab's
 * address, so the refusal is the first it learns of a view-source page, a
 * browser page or the store; the raw texts differ by browser and version
 * ("Cannot access a chrome:// URL", "Missing host permission for the tab"),
 * and none of them is for a reader's eyes.
 */
export function classifyInjectionError(message: string): RefusedKind {
  if (/view-source:/i.test(message)) return 'view-source';
  if (/extensions gallery|web ?store|chromewebstore|addons\.mozilla\.org/i.test(message)) return 'web-store';
  if (/(?:chrome|moz)-extension:\/\//i.test(message)) return 'extension-page';
  if (/\b(?:chrome|about|edge|brave|opera|vivaldi|chrome-search|chrome-untrusted|devtools|resource):/i.test(message)) return 'browser-page';
  if (/file:\/\//i.test(message)) return 'file';
  if (/error page/i.test(message)) return 'error-page';
  return 'denied';
}

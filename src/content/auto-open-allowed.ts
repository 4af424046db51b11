/**
 * The in-page reader's own check before an automatic open: the page must
 * still be the one whose auto-reader script asked (the tab may have moved
 * on while the background answered), and its site must still be one the
 * automatic reader is on for (it may be an excluded or a never-chosen site
 * by now). The background checked both when the message came; this is the
 * check at the moment it matters.
 */
import { autoReaderEnabledFor } from '../core/settings/auto-reader-matches';
import { normalizeHost } from '../core/settings/repair-settings';
import { loadSettings } from '../platform/settings-store';
import { isWebUrl, withoutFragment } from '../core/url/web-address';

const pageKey = withoutFragment;

export async function autoOpenAllowed(askedFor: string | undefined, href: string): Promise<boolean> {
  if (!askedFor || pageKey(askedFor) !== pageKey(href)) return false;
  const host = isWebUrl(href) ? normalizeHost(href) : null;
  return !!host && autoReaderEnabledFor(await loadSettings(), host);
}

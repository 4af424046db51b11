/**
 * The auto-reader script's "this may be an article": open the reader in
 * the document that asked, never in whatever the tab shows by the time the
 * answer arrives. A tab can navigate between the message and the injection
 * (to a site the user excluded, or never chose); Chrome targets the sending
 * document itself (documentId: a document that is gone gets nothing), and
 * the reader checks the page again before opening (Firefox has no document
 * ids in scripting targets).
 */
import type { Protocol } from '../core/messages/protocol';
import { autoReaderEnabledFor } from '../core/settings/auto-reader-matches';
import { normalizeHost } from '../core/settings/repair-settings';
import { callInPageReader, isDismissed, setDismissed } from '../platform/reader-tabs';
import { loadSettings } from '../platform/settings-store';
import { readInTab } from './read-in-tab';

export async function openAutomatically(
  tabId: number,
  documentId: unknown,
  { url, navigation, paywalled, articleSignals }: Protocol['auto:candidate'],
): Promise<void> {
  if (navigation === 'back_forward' || navigation === 'prerender') return;
  const host = normalizeHost(url);
  if (!host || !autoReaderEnabledFor(await loadSettings(), host)) return;
  // A reload brings the reader back on a page where it was closed; anything else keeps it closed.
  if (navigation === 'reload') await setDismissed(tabId, url, false);
  else if (await isDismissed(tabId, url)) return;
  const target = typeof documentId === 'string' && documentId ? { documentId } : {};
  await callInPageReader(tabId, { action: 'open', auto: true, paywalled, articleSignals, url }, target, readInTab).catch(() => undefined);
}

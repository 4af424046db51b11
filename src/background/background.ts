/**
 * The service worker (an event page in Firefox). Every listener is
 * registered at the top level, synchronously, so the browser can wake the
 * worker for it; nothing is kept in memory between events.
 */
import browser from 'webextension-polyfill';
import { acceptSender } from '../core/messages/accept-sender';
import { parseMessage, type Protocol } from '../core/messages/protocol';
import { autoReaderEnabledFor } from '../core/settings/auto-reader-matches';
import { normalizeHost } from '../core/settings/repair-settings';
import { syncAutoReaderRegistration } from '../platform/auto-reader-registration';
import { callInPageReader, forgetTab, injectReaderFont, isDismissed, setDismissed } from '../platform/reader-tabs';
import { loadSettings, onSettingsChanged, updateSettings } from '../platform/settings-store';
import { listenForContextMenu, registerContextMenu } from './context-menu';

// Registration changes one after another: two overlapping syncs would race on the same script id.
let syncing: Promise<unknown> = Promise.resolve();
function resync(): Promise<unknown> {
  syncing = syncing.then(async () => syncAutoReaderRegistration(await loadSettings())).catch((error: unknown) => {
    console.warn('Article Cleaner: could not register the auto-reader script', error);
  });
  return syncing;
}

browser.runtime.onInstalled.addListener(() => void resync());
browser.runtime.onStartup.addListener(() => void resync());
// Right-click → Open in reader: the entry is created once per install; the click listener on every start.
browser.runtime.onInstalled.addListener(registerContextMenu);
listenForContextMenu();
onSettingsChanged(() => void resync());

// A site permission granted from the popup switch (Firefox may close the popup while it asks) becomes a chosen site here.
browser.permissions.onAdded.addListener((permissions) => {
  void (async () => {
    const origins = permissions.origins ?? [];
    const all = origins.some((o) => o === '*://*/*' || o === '<all_urls>');
    const hosts = origins.map((o) => normalizeHost(o.replace(/^\*:\/\//, '').replace(/\/.*$/, ''))).filter((h): h is string => !!h);
    await updateSettings((s) => (all ? { autoAllSites: true } : { autoSites: [...s.autoSites, ...hosts] }));
    await resync();
  })();
});

// A permission taken back (in the options page or the browser's own settings) ends the auto reader there.
browser.permissions.onRemoved.addListener((permissions) => {
  void (async () => {
    const origins = permissions.origins ?? [];
    const all = origins.some((o) => o === '*://*/*' || o === '<all_urls>');
    const hosts = new Set(origins.map((o) => normalizeHost(o.replace(/^\*:\/\//, '').replace(/\/.*$/, ''))));
    await updateSettings((s) => (all ? { autoAllSites: false } : { autoSites: s.autoSites.filter((h) => !hosts.has(h)) }));
    await resync();
  })();
});

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own content scripts, in a tab's top frame, may ask anything.
  const tabId = acceptSender(sender, browser.runtime.id);
  if (tabId === null) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'auto:candidate':
      return openAutomatically(tabId, message.payload).then(() => undefined);
    case 'reader:closed':
      return setDismissed(tabId, message.payload.url, true).then(() => undefined);
    case 'reader:need-font':
      return injectReaderFont(tabId).catch(() => undefined);
  }
});

async function openAutomatically(tabId: number, { url, navigation, paywalled, articleSignals }: Protocol['auto:candidate']): Promise<void> {
  if (navigation === 'back_forward' || navigation === 'prerender') return;
  const host = normalizeHost(url);
  if (!host || !autoReaderEnabledFor(await loadSettings(), host)) return;
  // A reload brings the reader back on a page where it was closed; anything else keeps it closed.
  if (navigation === 'reload') await setDismissed(tabId, url, false);
  else if (await isDismissed(tabId, url)) return;
  await callInPageReader(tabId, { action: 'open', auto: true, paywalled, articleSignals }).catch(() => undefined);
}

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

// The keyboard shortcut gives activeTab on the current tab, on any site.
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-reader') return;
  void (async () => {
    const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (typeof id === 'number') await callInPageReader(id, { action: 'toggle' }).catch(() => undefined);
  })();
});

/**
 * The service worker (an event page in Firefox). Every listener is
 * registered at the top level, synchronously, so the browser can wake the
 * worker for it; nothing is kept in memory between events. Each feature is
 * registered only where the browser has it (background-events.ts):
 * Firefox for Android has no context menus and no keyboard shortcuts.
 */
import { acceptExtensionPage, acceptSender } from '../core/messages/accept-sender';
import { parseMessage, parsePageRequest } from '../core/messages/protocol';
import { syncAutoReaderRegistration } from '../platform/auto-reader-registration';
import { activeTabId, onCommand, onInstalled, onPermissionsChanged, onStartup, onTabRemoved } from '../platform/background-events';
import { browserApi, onMessage } from '../platform/browser-global';
import { callInPageReader, forgetTab, injectReaderFont, injectReaderTools, setDismissed } from '../platform/reader-tabs';
import { loadSettings, migrateStoredLayout, onSettingsChanged } from '../platform/settings-store';
import { listenForContextMenu, registerContextMenu } from './context-menu';
import { openAutomatically } from './open-automatically';
import { keyFiguresInBackground, readInTab } from './read-in-tab';
import { adoptGrant, forgetGrant } from './site-grants';
import { listenForHistoryRemovals } from './forget-with-history';

// Registration changes one after another: two overlapping syncs would race on the same script id.
let syncing: Promise<unknown> = Promise.resolve();
function resync(): Promise<unknown> {
  syncing = syncing
    .then(async () => syncAutoReaderRegistration(await loadSettings()))
    .catch((error: unknown) => {
      console.warn('Article Cleaner: could not register the auto-reader script', error);
    });
  return syncing;
}

const OPEN_BY_USER = { action: 'open', auto: false, paywalled: false, articleSignals: false } as const;

const warn = (what: string) => (error: unknown) => console.warn(`Article Cleaner: ${what}`, error);

function start(): void {
  // Lists an older version kept in one item move to items of their own, then the registration follows them.
  void migrateStoredLayout()
    .catch(warn('could not move the stored site lists'))
    .then(() => resync());
}
onInstalled(start);
onStartup(start);
// Right-click → Open in reader: the entry is created once per install; the click listener on every start.
onInstalled(registerContextMenu);
listenForContextMenu();
onSettingsChanged(() => void resync());

// Reading positions forgotten with the history: where the optional permission is held now, and once it is granted.
listenForHistoryRemovals();

onPermissionsChanged(
  (origins, permissions) => {
    if (permissions.includes('history')) listenForHistoryRemovals();
    // A grant of API permissions only is not a site someone chose (and must not take the pending site grant).
    if (!origins.length && permissions.length) return;
    void adoptGrant(origins)
      .catch(warn('could not keep a granted site'))
      .then(() => resync());
  },
  (origins) =>
    void forgetGrant(origins)
      .catch(warn('could not forget a site'))
      .then(() => resync()),
);

onMessage((raw, sender) => {
  const runtime = browserApi().runtime;
  // Our own pages may run the in-page reader in a tab, by the path the shortcut takes.
  if (acceptExtensionPage(sender, runtime.id, runtime.getURL(''))) {
    const request = parsePageRequest(raw);
    if (!request) return undefined;
    const call = request.action === 'toggle' ? ({ action: 'toggle' } as const) : OPEN_BY_USER;
    return callInPageReader(request.tabId, call, {}, readInTab).catch(() => 'error');
  }
  // Otherwise only our own content scripts, in a tab's top frame, may ask anything.
  const tabId = acceptSender(sender, runtime.id);
  if (tabId === null) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'auto:candidate':
      return openAutomatically(tabId, (sender as { documentId?: unknown }).documentId, message.payload).then(() => undefined);
    case 'reader:closed':
      return setDismissed(tabId, message.payload.url, true).then(() => undefined);
    case 'reader:need-font':
      return injectReaderFont(tabId).catch(() => undefined);
    case 'reader:need-tools':
      return injectReaderTools(tabId).catch(() => undefined);
    case 'reader:read':
      return readInTab(tabId, message.payload.url, message.payload.request);
    case 'reader:figures':
      return keyFiguresInBackground(message.payload.request);
  }
});

onTabRemoved((tabId) => void forgetTab(tabId));

// The keyboard shortcut gives activeTab on the current tab, on any site.
onCommand((command, tabId) => {
  if (command !== 'toggle-reader') return;
  void (async () => {
    const id = tabId ?? (await activeTabId());
    if (typeof id === 'number') await callInPageReader(id, { action: 'toggle' }, {}, readInTab).catch(() => undefined);
  })();
});

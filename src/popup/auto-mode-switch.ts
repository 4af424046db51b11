import { autoReaderEnabledFor } from '../core/settings/auto-reader-matches';
import { normalizeHost } from '../core/settings/repair-settings';
import { releaseSitePermission, requestSitePermission } from '../platform/auto-reader-registration';
import { loadSettings, updateSettings } from '../platform/settings-store';
import { h } from '../reader/h';

/**
 * "Open articles on example.com in reader mode": one switch for the site of
 * the tab. Turning it on asks for that site's permission inside the click
 * (browsers only grant it from a user gesture); the background registers the
 * auto-reader script when the settings change.
 */
export async function renderAutoModeSwitch(container: HTMLElement, pageUrl: string, t: (key: string, sub?: string) => string): Promise<void> {
  if (!/^https?:\/\//i.test(pageUrl)) return;
  const host = normalizeHost(pageUrl);
  if (!host) return;
  const settings = await loadSettings();
  const input = h('input', { type: 'checkbox', role: 'switch', id: 'auto-mode', class: 'switch' });
  input.checked = autoReaderEnabledFor(settings, host);
  input.addEventListener('change', () => {
    if (input.checked) {
      // The request must be the first thing the click does: after an await the gesture is gone.
      const granted = settings.autoAllSites ? Promise.resolve(true) : requestSitePermission(host);
      void granted.then(async (ok) => {
        if (!ok) { input.checked = false; return; }
        await updateSettings((s) => (s.autoAllSites
          ? { autoExcludedSites: s.autoExcludedSites.filter((x) => x !== host) }
          : { autoSites: [...s.autoSites, host] }));
        container.dataset.saved = 'on';
      }).catch(() => { input.checked = false; });
    } else {
      void (async () => {
        await updateSettings((s) => (s.autoAllSites
          ? { autoExcludedSites: [...s.autoExcludedSites, host] }
          : { autoSites: s.autoSites.filter((x) => x !== host) }));
        if (!settings.autoAllSites) await releaseSitePermission(host);
        container.dataset.saved = 'off';
      })();
    }
  });
  container.replaceChildren(input, h('label', { for: 'auto-mode' }, t('autoModeSwitch', host)));
  container.hidden = false;
}

import { autoReaderEnabledFor } from '../core/settings/auto-reader-matches';
import { normalizeHost } from '../core/settings/repair-settings';
import { hasRoomFor } from '../core/settings/stored-layout';
import {
  grantedAccess,
  releaseSitePermission,
  requestAllSitesPermission,
  requestSitePermission,
} from '../platform/auto-reader-registration';
import { takePendingGrant, takeSaveError } from '../platform/pending-grant';
import { loadSettings, updateSettings } from '../platform/settings-store';
import { h } from '../reader/h';
import { saveErrorText } from './save-error-text';
import type { Translate } from '../core/i18n/translate';

/**
 * "Open articles on example.com in reader mode": one switch for the site of
 * the tab. Turning it on asks for that site's permission inside the click
 * (browsers only grant it from a user gesture); the background registers the
 * auto-reader script when the settings change.
 *
 * Every save that fails puts the switch back and says why; a permission
 * granted for a site that could not be saved is given back. A site chosen
 * on another computer arrives here without its permission (permissions do
 * not sync): the switch shows it on, says the browser has not allowed it
 * yet, and offers to allow it.
 */
export async function renderAutoModeSwitch(container: HTMLElement, pageUrl: string, t: Translate): Promise<void> {
  if (!/^https?:\/\//i.test(pageUrl)) return;
  const host = normalizeHost(pageUrl);
  if (!host) return;
  const [settings, access, backgroundError] = await Promise.all([loadSettings(), grantedAccess(), takeSaveError(host).catch(() => null)]);
  const hadAccess = access.covers(host);
  const input = h('input', { type: 'checkbox', role: 'switch', id: 'auto-mode', class: 'switch' });
  input.checked = autoReaderEnabledFor(settings, host);
  const status = h('p', { class: 'auto-status', id: 'auto-status', role: 'status' });
  const say = (text: string, state: string, action?: HTMLElement) => {
    status.replaceChildren(text, ...(action ? [' ', action] : []));
    container.dataset.saved = state;
  };
  const failed = (error: unknown) => say(saveErrorText(error, t), 'error');
  if (backgroundError) failed(backgroundError);

  // Listed (perhaps from another computer) but not allowed in this browser: say so, and offer to allow it.
  const allowedHere = settings.autoAllSites ? access.allSites : hadAccess;
  if (input.checked && !allowedHere) {
    const allow = h('button', { type: 'button', class: 'button', id: 'auto-allow' }, t('grantAccess'));
    allow.addEventListener('click', () => {
      // Asked inside the click; the background registers the script once the grant arrives.
      void (settings.autoAllSites ? requestAllSitesPermission() : requestSitePermission(host))
        .then((ok) => {
          if (ok) say(t('accessGranted'), 'on');
        })
        .catch(failed);
    });
    say(t('needsAccess'), 'needs-access', allow);
  }

  input.addEventListener('change', () => {
    status.replaceChildren();
    if (input.checked) {
      const list = settings.autoAllSites ? 'autoExcludedSites' : 'autoSites';
      // Full: say so before asking for a permission that could not be used.
      if (!settings.autoAllSites && !hasRoomFor(settings, host, list)) {
        input.checked = false;
        failed('full');
        return;
      }
      // The request must be the first thing the click does: after an await the gesture is gone.
      const granted = settings.autoAllSites ? Promise.resolve(true) : requestSitePermission(host);
      void granted
        .then(async (ok) => {
          if (!ok) {
            input.checked = false;
            return;
          }
          try {
            await updateSettings((s) =>
              s.autoAllSites ? { autoExcludedSites: s.autoExcludedSites.filter((x) => x !== host) } : { autoSites: [...s.autoSites, host] },
            );
            // Saved here: the note for the background is used up (no grant event comes for a site already allowed).
            void takePendingGrant().catch(() => null);
            container.dataset.saved = 'on';
          } catch (error) {
            input.checked = false;
            // Access granted for this switch alone goes back with it.
            if (!settings.autoAllSites && !hadAccess) await releaseSitePermission(host);
            failed(error);
          }
        })
        .catch((error: unknown) => {
          input.checked = false;
          failed(error);
        });
    } else {
      void (async () => {
        try {
          await updateSettings((s) =>
            s.autoAllSites ? { autoExcludedSites: [...s.autoExcludedSites, host] } : { autoSites: s.autoSites.filter((x) => x !== host) },
          );
        } catch (error) {
          input.checked = true;
          failed(error);
          return;
        }
        if (!settings.autoAllSites) await releaseSitePermission(host);
        container.dataset.saved = 'off';
      })();
    }
  });
  container.replaceChildren(input, h('label', { for: 'auto-mode' }, t('autoModeSwitch', host)), status);
  container.hidden = false;
}

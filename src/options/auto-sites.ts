import type { Settings } from '../core/settings/defaults';
import { normalizeHost } from '../core/settings/repair-settings';
import { releaseAllSitesPermission, releaseSitePermission, requestAllSitesPermission } from '../platform/auto-reader-registration';
import { message } from '../platform/browser-api';
import { loadSettings, onSettingsChanged, updateSettings } from '../platform/settings-store';
import { h } from '../reader/h';

const t = (key: string, sub?: string) => message(key, sub);

/**
 * The automatic reader's sites: the ones chosen from the popup, each
 * removable (which gives the permission back), and the "every article
 * page" mode with its list of excluded sites.
 */
export async function renderAutoSites(section: HTMLElement): Promise<void> {
  const draw = (settings: Settings) => section.replaceChildren(...view(settings));
  draw(await loadSettings());
  onSettingsChanged(draw);
}

function view(settings: Settings): HTMLElement[] {
  const allSwitch = h('input', { type: 'checkbox', role: 'switch', id: 'auto-all', class: 'switch' });
  allSwitch.checked = settings.autoAllSites;
  allSwitch.addEventListener('change', () => {
    if (allSwitch.checked) {
      // Asked inside the click: access to every site, once.
      void requestAllSitesPermission().then(async (ok) => {
        if (ok) await updateSettings(() => ({ autoAllSites: true }));
        else allSwitch.checked = false;
      });
    } else {
      void updateSettings(() => ({ autoAllSites: false })).then(() => releaseAllSitesPermission());
    }
  });
  const sites = settings.autoSites;
  const excluded = settings.autoExcludedSites;
  return [
    h('h2', { id: 'auto-heading' }, t('optionsAutoSites')),
    h('p', { class: 'hint' }, t('autoSitesHint')),
    sites.length
      ? h('ul', { class: 'site-list', 'aria-labelledby': 'auto-heading' }, ...sites.map((host) => siteRow(host, t('removeSite', host), async () => {
          await updateSettings((s) => ({ autoSites: s.autoSites.filter((x) => x !== host) }));
          await releaseSitePermission(host);
        })))
      : h('p', { class: 'empty' }, t('noAutoSites')),
    h('div', { class: 'field field-switch' }, allSwitch, h('label', { for: 'auto-all' }, t('autoAllSites'))),
    settings.autoAllSites ? excludedEditor(excluded) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

function siteRow(host: string, label: string, remove: () => Promise<void>): HTMLElement {
  const button = h('button', { type: 'button', class: 'button', 'aria-label': label }, t('remove'));
  button.addEventListener('click', () => { button.disabled = true; void remove(); });
  return h('li', { class: 'site' }, h('span', { class: 'site-host' }, host), button);
}

function excludedEditor(excluded: readonly string[]): HTMLElement {
  const input = h('input', { type: 'text', id: 'exclude-host', placeholder: 'example.com', autocomplete: 'off', spellcheck: 'false' });
  const error = h('p', { class: 'field-error', role: 'alert' });
  const form = h('form', { class: 'exclude-form' },
    h('label', { for: 'exclude-host' }, t('excludeSite')), input, h('button', { type: 'submit', class: 'button' }, t('add')), error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normalizeHost(input.value);
    if (!host) { error.textContent = t('notAHost'); return; }
    void updateSettings((s) => ({ autoExcludedSites: [...s.autoExcludedSites, host] }));
  });
  return h('div', { class: 'excluded' },
    h('h3', { id: 'excluded-heading' }, t('excludedSites')),
    excluded.length
      ? h('ul', { class: 'site-list', 'aria-labelledby': 'excluded-heading' }, ...excluded.map((host) => siteRow(host, t('removeSite', host), async () => {
          await updateSettings((s) => ({ autoExcludedSites: s.autoExcludedSites.filter((x) => x !== host) }));
        })))
      : h('p', { class: 'empty' }, t('noExcludedSites')),
    form);
}

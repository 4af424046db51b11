import type { Settings } from '../core/settings/defaults';
import { normalizeHost } from '../core/settings/repair-settings';
import { hasRoomFor } from '../core/settings/stored-layout';
import {
  grantedAccess,
  onAccessChanged,
  releaseAllSitesPermission,
  releaseSitePermission,
  requestAllSitesPermission,
  requestSitePermission,
} from '../platform/auto-reader-registration';
import { message } from '../platform/browser-api';
import { loadSettings, onSettingsChanged, updateSettings } from '../platform/settings-store';
import { saveErrorText } from '../popup/save-error-text';
import { h } from '../reader/h';

const t = (key: string, sub?: string | string[]) => message(key, sub);
type Access = Awaited<ReturnType<typeof grantedAccess>>;

/**
 * The automatic reader's sites: the ones chosen from the popup, each
 * removable (which gives the permission back), and the "every article
 * page" mode with its list of excluded sites. A site synced from another
 * computer whose permission this browser has not given is shown as such,
 * with a button to allow it. Every save that fails says why, in the alert
 * above the lists (it survives the redraws).
 */
export async function renderAutoSites(section: HTMLElement): Promise<void> {
  const alert = h('p', { class: 'field-error', id: 'auto-error', role: 'alert' });
  const body = h('div', { class: 'auto-body' });
  section.replaceChildren(body, alert);
  const fail = (error: unknown) => {
    alert.textContent = saveErrorText(error, t);
  };
  const ok = () => {
    alert.textContent = '';
  };
  let latest: Settings = await loadSettings();
  const draw = async (settings: Settings) => {
    latest = settings;
    const access = await grantedAccess();
    if (settings === latest) body.replaceChildren(...view(settings, access, { fail, ok }));
  };
  await draw(latest);
  onSettingsChanged((s) => void draw(s));
  onAccessChanged(() => void draw(latest));
}

interface Report {
  fail(error: unknown): void;
  ok(): void;
}

/** Runs a save; a failure is reported, never left to reject unhandled. */
async function save(report: Report, change: (s: Settings) => Partial<Settings>): Promise<boolean> {
  try {
    await updateSettings(change);
    report.ok();
    return true;
  } catch (error) {
    report.fail(error);
    return false;
  }
}

function view(settings: Settings, access: Access, report: Report): HTMLElement[] {
  const allSwitch = h('input', { type: 'checkbox', role: 'switch', id: 'auto-all', class: 'switch' });
  allSwitch.checked = settings.autoAllSites;
  allSwitch.addEventListener('change', () => {
    if (allSwitch.checked) {
      // Asked inside the click: access to every site, once.
      const hadAccess = access.allSites;
      void requestAllSitesPermission()
        .then(async (granted) => {
          if (!granted) {
            allSwitch.checked = false;
            return;
          }
          if (!(await save(report, () => ({ autoAllSites: true })))) {
            allSwitch.checked = false;
            if (!hadAccess) await releaseAllSitesPermission();
          }
        })
        .catch((error: unknown) => {
          allSwitch.checked = false;
          report.fail(error);
        });
    } else {
      void save(report, () => ({ autoAllSites: false })).then((saved) => {
        if (saved) return releaseAllSitesPermission();
        allSwitch.checked = true;
      });
    }
  });
  const sites = settings.autoSites;
  const excluded = settings.autoExcludedSites;
  const allNeedsAccess = settings.autoAllSites && !access.allSites;
  return [
    h('h2', { id: 'auto-heading' }, t('optionsAutoSites')),
    h('p', { class: 'hint' }, t('autoSitesHint')),
    sites.length
      ? h(
          'ul',
          { class: 'site-list', 'aria-labelledby': 'auto-heading' },
          ...sites.map((host) =>
            siteRow(
              host,
              t('removeSite', host),
              async () => {
                if (await save(report, (s) => ({ autoSites: s.autoSites.filter((x) => x !== host) }))) await releaseSitePermission(host);
              },
              access.allSites || access.covers(host) ? null : () => requestSitePermission(host),
            ),
          ),
        )
      : h('p', { class: 'empty' }, t('noAutoSites')),
    h('div', { class: 'field field-switch' }, allSwitch, h('label', { for: 'auto-all' }, t('autoAllSites'))),
    allNeedsAccess ? needsAccessNote(t('allSitesNeedsAccess'), () => requestAllSitesPermission(), 'auto-all-allow') : null,
    settings.autoAllSites ? excludedEditor(settings, excluded, report) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

function needsAccessNote(text: string, allow: () => Promise<boolean>, id?: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'button', ...(id ? { id } : {}) }, t('grantAccess'));
  button.addEventListener('click', () => void allow().catch(() => false));
  return h('p', { class: 'needs-access' }, text, ' ', button);
}

function siteRow(host: string, label: string, remove: () => Promise<void>, allow: (() => Promise<boolean>) | null = null): HTMLElement {
  const button = h('button', { type: 'button', class: 'button', 'aria-label': label }, t('remove'));
  button.addEventListener('click', () => {
    button.disabled = true;
    void remove().finally(() => {
      button.disabled = false;
    });
  });
  const row = h('li', { class: 'site' }, h('span', { class: 'site-host' }, host));
  // Chosen (perhaps on another computer), not allowed here: the reader cannot run on it in this browser yet.
  if (allow) {
    row.dataset.access = 'missing';
    row.append(needsAccessNote(t('needsAccess'), allow));
  }
  row.append(button);
  return row;
}

function excludedEditor(settings: Settings, excluded: readonly string[], report: Report): HTMLElement {
  const input = h('input', { type: 'text', id: 'exclude-host', placeholder: 'example.com', autocomplete: 'off', spellcheck: 'false' });
  const error = h('p', { class: 'field-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'exclude-form' },
    h('label', { for: 'exclude-host' }, t('excludeSite')),
    input,
    h('button', { type: 'submit', class: 'button' }, t('add')),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normalizeHost(input.value);
    if (!host) {
      error.textContent = t('notAHost');
      return;
    }
    if (!hasRoomFor(settings, host, 'autoExcludedSites')) {
      error.textContent = saveErrorText('full', t);
      return;
    }
    error.textContent = '';
    void save(
      {
        fail: (e) => {
          error.textContent = saveErrorText(e, t);
        },
        ok: () => report.ok(),
      },
      (s) => ({ autoExcludedSites: [...s.autoExcludedSites, host] }),
    );
  });
  return h(
    'div',
    { class: 'excluded' },
    h('h3', { id: 'excluded-heading' }, t('excludedSites')),
    excluded.length
      ? h(
          'ul',
          { class: 'site-list', 'aria-labelledby': 'excluded-heading' },
          ...excluded.map((host) =>
            siteRow(host, t('removeSite', host), async () => {
              await save(report, (s) => ({ autoExcludedSites: s.autoExcludedSites.filter((x) => x !== host) }));
            }),
          ),
        )
      : h('p', { class: 'empty' }, t('noExcludedSites')),
    form,
  );
}

import { holdsHistoryPermission, releaseHistoryPermission, requestHistoryPermission } from '../platform/history-permission';
import { countPositions, forgetPositions } from '../platform/reading-position-store';
import { h } from '../reader/h';

import type { Translate } from '../core/i18n/translate';

/** The one setting this section changes, read and written through the options page's settings. */
export interface WithHistorySetting {
  current(): boolean;
  change(on: boolean): void;
}

/**
 * The options page's "Reading position" section: how many articles have a
 * place kept, a button that forgets them all, and a box to forget them also
 * when the browser's history is cleared. The box holds the optional
 * "history" permission (an install-time warning about reading all browsing
 * history would be too much for this convenience, so it is asked for only
 * here, and given back when the box is cleared). It shows ticked only where
 * both the setting and the permission are there: the setting syncs, the
 * permission is this browser's.
 */
export async function renderPositionSettings(container: HTMLElement, t: Translate, withHistory: WithHistorySetting): Promise<void> {
  const count = h('p', { class: 'positions-count' });
  const status = h('p', { class: 'positions-status', role: 'status' });
  const showCount = async () => {
    const n = await countPositions();
    count.textContent = t('positionsCount', String(n));
    button.disabled = n === 0;
  };
  const button = h(
    'button',
    {
      type: 'button',
      id: 'forget-positions',
      class: 'button',
      onclick: () =>
        void forgetPositions()
          .then(showCount)
          .then(() => {
            status.textContent = t('positionsForgotten');
          })
          .catch(() => {
            status.textContent = t('saveFailed');
          }),
    },
    t('forgetPositions'),
  );
  const box = h('input', { type: 'checkbox', id: 'positions-with-history', onchange: () => void toggle() });
  const toggle = async () => {
    status.textContent = '';
    if (!box.checked) {
      withHistory.change(false);
      await releaseHistoryPermission();
      return;
    }
    // Asked before anything is awaited: Firefox prompts only inside the click itself.
    const granted = await requestHistoryPermission();
    if (granted) withHistory.change(true);
    else {
      box.checked = false;
      status.textContent = t('positionsHistoryRefused');
    }
  };
  container.replaceChildren(
    h('p', { class: 'hint' }, t('positionsHint')),
    count,
    button,
    h('div', { class: 'setting setting-check' }, box, h('label', { for: 'positions-with-history' }, t('positionsWithHistory'))),
    status,
  );
  box.checked = withHistory.current() && (await holdsHistoryPermission());
  await showCount();
}

import { countPositions, forgetPositions } from '../platform/reading-position-store';
import { h } from '../reader/h';

import type { Translate } from '../core/i18n/translate';

/**
 * The options page's "Reading position" section: how many articles have a
 * place kept, and a button that forgets them all. Reading positions live in
 * storage.local only; this is how the reader clears them, since clearing
 * them with the browser's history would need the "history" permission
 * (an install-time warning about reading all browsing history) for one
 * button's worth of convenience.
 */
export async function renderPositionSettings(container: HTMLElement, t: Translate): Promise<void> {
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
  container.replaceChildren(h('p', { class: 'hint' }, t('positionsHint')), count, button, status);
  await showCount();
}

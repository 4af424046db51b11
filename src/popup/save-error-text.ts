import { MAX_SITES } from '../core/settings/stored-layout';
import { SettingsSaveError } from '../platform/settings-store';
import type { Translate } from '../core/i18n/translate';

/** The interface's words for a save that did not happen, by why (a SettingsSaveError, or its reason as stored by the background). */
export function saveErrorText(error: unknown, t: Translate): string {
  const reason = error instanceof SettingsSaveError ? error.reason : typeof error === 'string' ? error : 'failed';
  if (reason === 'full') return t('saveFailedFull', String(MAX_SITES));
  return t(reason === 'busy' ? 'saveFailedBusy' : 'saveFailed');
}

import type { LoadOutcome } from './load-article';

export interface OutcomeText {
  kind: 'info' | 'error';
  /** data-state on <body>, for styling and for the tests. */
  state: string;
  title: string;
  body: string;
}

const RESTRICTED_BODY: Record<string, string> = {
  'browser-page': 'restrictedBrowserPage',
  'extension-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  'pdf-viewer': 'restrictedPdf',
  'view-source': 'restrictedViewSource',
  file: 'restrictedFile',
  empty: 'restrictedEmpty',
};

/** The words for every outcome that is not an article. */
export function describeOutcome(outcome: LoadOutcome, t: (key: string, sub?: string) => string): OutcomeText {
  if (outcome.kind === 'tab-gone') return { kind: 'info', state: 'tab-gone', title: t('tabClosedTitle'), body: t('tabClosedBody') };
  if (outcome.kind === 'restricted') {
    const body = outcome.restricted === 'denied'
      ? t('restrictedDenied', outcome.detail ?? '')
      : t(RESTRICTED_BODY[outcome.restricted] ?? 'restrictedBrowserPage');
    return { kind: 'info', state: 'restricted', title: t('restrictedTitle'), body };
  }
  const result = outcome.result;
  if (result.ok) return { kind: 'info', state: 'article', title: '', body: '' };
  switch (result.reason) {
    case 'not-article': return { kind: 'info', state: 'not-article', title: t('notArticleTitle'), body: t('notArticleBody') };
    case 'not-html': return { kind: 'info', state: 'not-html', title: t('notHtmlTitle'), body: t('notHtmlBody') };
    case 'loading': return { kind: 'info', state: 'page-loading', title: t('loadingTitle'), body: t('loadingBody') };
    case 'restricted': return { kind: 'info', state: 'restricted', title: t('restrictedTitle'), body: t('restrictedBrowserPage') };
    default: {
      const detail = result.message === 'timeout' ? t('timeoutDetail') : result.message || '?';
      return { kind: 'error', state: 'error', title: t('errorTitle'), body: t('errorBody', detail) };
    }
  }
}

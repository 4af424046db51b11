import type { LoadOutcome } from './load-article';
import type { Translate } from '../core/i18n/translate';

/** How the reader was asked for: the toolbar button, or the page's context menu ("Open in reader"). */
export type AskedBy = 'button' | 'menu';

export interface OutcomeText {
  kind: 'info' | 'error';
  /** data-state on <body>, for styling and for the tests. */
  state: string;
  title: string;
  body: string;
  /**
   * What the message offers: "Try again" only where trying again can work
   * (a page still loading, a slow page, an error page, a failure), "Show it
   * anyway" on a page judged not an article; nothing on pages that can
   * never be read.
   */
  action: 'retry' | 'anyway' | null;
}

const RESTRICTED_BODY: Record<string, string> = {
  'browser-page': 'restrictedBrowserPage',
  'extension-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  'pdf-viewer': 'restrictedPdf',
  'view-source': 'restrictedViewSource',
  file: 'restrictedFile',
  empty: 'restrictedEmpty',
  'error-page': 'restrictedErrorPage',
  denied: 'restrictedDenied',
};

/** The words for every outcome that is not an article. */
export function describeOutcome(outcome: LoadOutcome, t: Translate, askedBy: AskedBy = 'button'): OutcomeText {
  const menu = askedBy === 'menu';
  if (outcome.kind === 'tab-gone')
    return {
      kind: 'info',
      state: 'tab-gone',
      title: t('tabClosedTitle'),
      body: t(menu ? 'tabClosedBodyMenu' : 'tabClosedBody'),
      action: null,
    };
  if (outcome.kind === 'restricted') {
    const body = t(RESTRICTED_BODY[outcome.restricted] ?? 'restrictedBrowserPage');
    // An error page can load properly on a reload; the browser's own pages never open to an extension.
    return {
      kind: 'info',
      state: 'restricted',
      title: t('restrictedTitle'),
      body,
      action: outcome.restricted === 'error-page' ? 'retry' : null,
    };
  }
  const result = outcome.result;
  if (result.ok) return { kind: 'info', state: 'article', title: '', body: '', action: null };
  switch (result.reason) {
    case 'not-article':
      return {
        kind: 'info',
        state: 'not-article',
        title: t('notArticleTitle'),
        body: t(menu ? 'notArticleBodyMenu' : 'notArticleBody'),
        action: 'anyway',
      };
    case 'not-html':
      return { kind: 'info', state: 'not-html', title: t('notHtmlTitle'), body: t('notHtmlBody'), action: null };
    case 'loading':
      return { kind: 'info', state: 'page-loading', title: t('loadingTitle'), body: t('loadingBody'), action: 'retry' };
    case 'restricted':
      return { kind: 'info', state: 'restricted', title: t('restrictedTitle'), body: t('restrictedBrowserPage'), action: null };
    default: {
      const detail = result.message === 'timeout' ? t('timeoutDetail') : result.message || '?';
      return { kind: 'error', state: 'error', title: t('errorTitle'), body: t('errorBody', detail), action: 'retry' };
    }
  }
}

/**
 * The toolbar popup, and the same page opened in a full tab
 * (popup.html?tab=<id>&view=tab). It reads the article from the tab, then
 * shows it; every other outcome has its own message, never a blank popup.
 */
import type { Article } from '../core/article';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { getActiveTab, message, openExtensionTab, uiLanguage } from '../platform/browser-api';
import { renderArticle } from '../reader/render-article';
import { renderMessage, renderSkeleton } from '../reader/render-message';
import { loadArticle, type LoadOutcome } from './load-article';
import { describeOutcome } from './describe-outcome';
import { h } from '../reader/h';
import { showKeyFigures } from './show-key-figures';

const params = new URLSearchParams(location.search);
const inTab = params.get('view') === 'tab';
const view = document.getElementById('view') as HTMLElement;
const openTabButton = document.getElementById('open-tab') as HTMLButtonElement;
const t = (key: string, sub?: string) => message(key, sub);

document.documentElement.lang = uiLanguage();
document.body.classList.add(inTab ? 'view-tab' : 'view-popup');
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n ?? '');
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-label]'))) {
  const label = t(el.dataset.i18nLabel ?? '');
  el.setAttribute('aria-label', label);
  el.title = label;
}

function show(node: Node, state: string): void {
  view.replaceChildren(node);
  document.body.dataset.state = state;
}

function showArticle(article: Article, tabId: number): void {
  const sanitizer = createSanitizer(window, article.url || undefined);
  const reader = renderArticle(article, { sanitizer, t, locale: article.lang ?? uiLanguage() });
  const panel = h('div', { class: 'figures-body', 'aria-live': 'polite' });
  // The article scrolls on its own and the panel beside it on its own: neither pushes the other away.
  const layout = h('div', { class: 'layout' },
    h('div', { class: 'article-scroll', tabindex: '-1' }, reader),
    h('details', { class: 'figures', open: true, 'aria-label': t('keyFigures') },
      h('summary', { class: 'figures-summary' }, t('keyFigures')), panel),
  );
  show(layout, 'article');
  document.title = `${article.title} · ${t('appName')}`;
  const body = reader.querySelector<HTMLElement>('.reader-body');
  if (body) void showKeyFigures(article, panel, body, t);
  if (!inTab) {
    openTabButton.hidden = false;
    openTabButton.onclick = () => {
      void openExtensionTab(`popup/popup.html?tab=${tabId}&view=tab`).then(() => window.close());
    };
  }
}

async function start(): Promise<void> {
  show(renderSkeleton(t('readingPage')), 'loading');
  const requested = Number(params.get('tab'));
  const tabId = Number.isSafeInteger(requested) && requested >= 0 && params.has('tab') ? requested : (await getActiveTab())?.id;
  const outcome: LoadOutcome = tabId === undefined
    ? { kind: 'tab-gone' }
    : await loadArticle(tabId, () => show(renderMessage('info', t('loadingTitle'), t('loadingBody')), 'page-loading'));
  if (outcome.kind === 'result' && outcome.result.ok) {
    showArticle(outcome.result.article, outcome.tab.id);
    return;
  }
  const { kind, state, title, body } = describeOutcome(outcome, t);
  show(renderMessage(kind, title, body, { label: t('tryAgain'), run: () => void start() }), state);
}

start().catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  show(renderMessage('error', t('errorTitle'), t('errorBody', detail), { label: t('tryAgain'), run: () => location.reload() }), 'error');
});

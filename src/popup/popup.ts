/**
 * The toolbar popup, and the same page opened in a full tab
 * (popup.html?tab=<id>&view=tab). It reads the article from the tab, then
 * shows it; every other outcome has its own message, never a blank popup.
 */
import type { Article } from '../core/article';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { getActiveTab, message, openExtensionTab, openOptionsPage, uiLanguage } from '../platform/browser-api';
import { renderArticle } from '../reader/render-article';
import { renderMessage, renderSkeleton } from '../reader/render-message';
import { loadArticle, type LoadOutcome } from './load-article';
import { describeOutcome } from './describe-outcome';
import { h } from '../reader/h';
import { showKeyFigures } from './show-key-figures';
import { connectReaderSettings, type ReaderSettingsConnection } from '../reader/connect-reader-settings';
import { mountReaderToolbar } from '../reader/mount-reader-toolbar';
import { renderAutoModeSwitch } from './auto-mode-switch';
import { loadDyslexicFontWhenChosen } from '../reader/load-page-font';

const params = new URLSearchParams(location.search);
const inTab = params.get('view') === 'tab';
const view = document.getElementById('view') as HTMLElement;
const openTabButton = document.getElementById('open-tab') as HTMLButtonElement;
const t = (key: string, sub?: string | string[]) => message(key, sub);
// The popup is read closer and narrower than a full tab: its text is set 2 px smaller.
const settingsReady: Promise<ReaderSettingsConnection> = connectReaderSettings(document.documentElement, { sizeOffset: inTab ? 0 : -2 });
void settingsReady.then((s) => loadDyslexicFontWhenChosen((l) => s.subscribe(l), s.current()));

document.documentElement.lang = uiLanguage();
document.body.classList.add(inTab ? 'view-tab' : 'view-popup');
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n ?? '');
for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-label]'))) {
  const label = t(el.dataset.i18nLabel ?? '');
  el.title = label;
  // A control with visible words is named by them (WCAG 2.5.3); the longer text stays its description.
  if (!el.dataset.i18n) el.setAttribute('aria-label', label);
}

function show(node: Node, state: string): void {
  view.replaceChildren(node);
  document.body.dataset.state = state;
}

function showArticle(article: Article, tabId: number, settings: ReaderSettingsConnection): void {
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
  if (body) showToolbar(article, body, sanitizer, settings);
  if (!inTab) {
    openTabButton.hidden = false;
    openTabButton.onclick = () => {
      void openExtensionTab(`popup/popup.html?tab=${tabId}&view=tab`).then(() => window.close());
    };
  }
}

/** The reader toolbar (text and colours, listen, save) in the bar, before "Open in a tab". */
function showToolbar(article: Article, body: HTMLElement, sanitizer: ReturnType<typeof createSanitizer>, settings: ReaderSettingsConnection): void {
  const toolbar = mountReaderToolbar({
    article, body, sanitizer, settings, t, locale: article.lang ?? uiLanguage(), canPrint: inTab,
    onOpenOptions: () => void openOptionsPage(),
  });
  document.querySelector('.bar-actions .reader-toolbar')?.remove();
  document.querySelector('.bar-actions')?.prepend(toolbar.element);
}

async function start(): Promise<void> {
  show(renderSkeleton(t('readingPage')), 'loading');
  const requested = Number(params.get('tab'));
  const tabId = Number.isSafeInteger(requested) && requested >= 0 && params.has('tab') ? requested : (await getActiveTab())?.id;
  const outcome: LoadOutcome = tabId === undefined
    ? { kind: 'tab-gone' }
    : await loadArticle(tabId, () => show(renderMessage('info', t('loadingTitle'), t('loadingBody')), 'page-loading'));
  // The automatic reader is chosen per site, from that site's pages, articles or not.
  if (outcome.kind !== 'tab-gone' && outcome.tab) void renderAutoModeSwitch(document.getElementById('auto-switch') as HTMLElement, outcome.tab.url, t);
  if (outcome.kind === 'result' && outcome.result.ok) {
    showArticle(outcome.result.article, outcome.tab.id, await settingsReady);
    return;
  }
  const { kind, state, title, body } = describeOutcome(outcome, t);
  show(renderMessage(kind, title, body, { label: t('tryAgain'), run: () => void start() }), state);
}

start().catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  show(renderMessage('error', t('errorTitle'), t('errorBody', detail), { label: t('tryAgain'), run: () => location.reload() }), 'error');
});

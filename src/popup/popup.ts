/**
 * The toolbar popup, and the same page opened in a full tab
 * (popup.html?tab=<id>&view=tab). It reads the article from the tab, then
 * shows it; every other outcome has its own message, never a blank popup.
 * A full tab opened by the context menu ("Open in reader") has no `via`;
 * the popup's own "Open in a tab" adds via=popup, so messages name the
 * action the reader actually used.
 */
import type { Article } from '../core/article';
import type { PageReading } from '../core/pipeline/read-page';
import { describeMeta } from '../core/meta/describe-meta';
import { articleHeading } from '../core/meta/article-heading';
import { createSanitizer } from '../core/sanitize/create-sanitizer';
import { getActiveTab, message, openExtensionTab, openOptionsPage, uiLanguage } from '../platform/browser-api';
import { renderArticle } from '../reader/render-article';
import { renderMessage, renderSkeleton } from '../reader/render-message';
import { loadArticle, type LoadOutcome, type LoadPhase } from './load-article';
import { describeOutcome } from './describe-outcome';
import { showKeyFigures } from './show-key-figures';
import { connectReaderSettings, type ReaderSettingsConnection } from '../reader/connect-reader-settings';
import { mountReaderToolbar } from '../reader/mount-reader-toolbar';
import { renderAutoModeSwitch } from './auto-mode-switch';
import { loadDyslexicFontWhenChosen } from '../reader/load-page-font';
import { renderArticleLayout } from './render-article-layout';
import { fitPopupToWindow } from './fit-popup';
import { keepReadingPosition } from '../reader/keep-reading-position';
import { mountReaderFixes } from '../reader/mount-reader-fixes';

const params = new URLSearchParams(location.search);
const inTab = params.get('view') === 'tab';
const askedBy = inTab && !params.has('via') ? 'menu' : 'button';
const view = document.getElementById('view') as HTMLElement;
const openTabButton = document.getElementById('open-tab') as HTMLButtonElement;
const t = (key: string, sub?: string | string[]) => message(key, sub);
// The popup is read closer and narrower than a full tab: its text is set 2 px smaller.
const settingsReady: Promise<ReaderSettingsConnection> = connectReaderSettings(document.documentElement, { sizeOffset: inTab ? 0 : -2 });
void settingsReady.then((s) => loadDyslexicFontWhenChosen((l) => s.subscribe(l), s.current()));
// After this long, the loading state says what it is waiting for.
const SAY_WHY_AFTER_MS = 3000;

document.documentElement.lang = uiLanguage();
document.body.classList.add(inTab ? 'view-tab' : 'view-popup');
if (!inTab) fitPopupToWindow(document.body);
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

function showArticle(article: Article, tabId: number, settings: ReaderSettingsConnection, truncated: boolean, selection = false): void {
  const sanitizer = createSanitizer(window, article.url || undefined);
  const locale = article.lang ?? uiLanguage();
  const reader = renderArticle(article, {
    sanitizer,
    heading: articleHeading(article, t, locale),
    notice: selection ? t('selectionNotice') : truncated ? t('pageCut') : undefined,
  });
  // Side by side where there is room; in a narrow popup the figures wait behind a toggle under the story.
  const narrowQuery = window.matchMedia('(max-width: 639px)');
  const layout = renderArticleLayout(reader, t, { figuresOpen: inTab || !narrowQuery.matches });
  // The window can narrow while open (the browser zoomed): the figures then step behind their toggle, and come back beside the story.
  if (!inTab)
    narrowQuery.addEventListener('change', (event) => {
      layout.figures.open = !event.matches;
    });
  show(layout.element, 'article');
  // The headline is the first thing seen, whatever the page or the browser restored.
  layout.scroller.scrollTop = 0;
  document.title = `${describeMeta(article).title} · ${t('appName')}`;
  const body = reader.querySelector<HTMLElement>('.reader-body');
  if (body) {
    const scroller = inTab ? (document.scrollingElement as HTMLElement) : layout.scroller;
    void showKeyFigures(article, { panel: layout.panel, articleBody: body, scroller, content: reader, after: layout.backToStory }, t);
    const fixes = mountReaderFixes(article, body, t, {
      scroller: inTab ? null : layout.scroller,
      keys: document,
      selection,
      under: inTab ? document.querySelector<HTMLElement>('.bar') : null,
    });
    showToolbar(article, body, sanitizer, settings, [fixes.editor.button]);
    keepReadingPosition({ url: article.url, body, scroller });
  }
  if (!inTab) {
    openTabButton.hidden = false;
    openTabButton.onclick = () => {
      void openExtensionTab(`popup/popup.html?tab=${tabId}&view=tab&via=popup`).then(() => window.close());
    };
  }
}

/** The reader toolbar (text and colours, listen, save) in the bar, before "Open in a tab". */
function showToolbar(
  article: Article,
  body: HTMLElement,
  sanitizer: ReturnType<typeof createSanitizer>,
  settings: ReaderSettingsConnection,
  extra: HTMLElement[],
): void {
  const toolbar = mountReaderToolbar({
    extra,
    article,
    body,
    sanitizer,
    settings,
    t,
    locale: article.lang ?? uiLanguage(),
    canPrint: inTab,
    onOpenOptions: () => void openOptionsPage(),
  });
  document.querySelector('.bar-actions .reader-toolbar')?.remove();
  document.querySelector('.bar-actions')?.prepend(toolbar.element);
}

/** The loading state: the shape of an article and a spinner; after a few seconds, what it waits for. */
function showLoading(): (phase: LoadPhase) => void {
  const skeleton = renderSkeleton(t('readingPage'));
  show(skeleton.element, 'loading');
  let phase: LoadPhase = 'reading';
  const why = () => skeleton.setDetail(t(phase === 'page-loading' ? 'waitingForLoad' : 'waitingForPage'));
  const timer = setTimeout(why, SAY_WHY_AFTER_MS);
  let late = false;
  setTimeout(() => {
    late = true;
  }, SAY_WHY_AFTER_MS);
  return (next) => {
    phase = next;
    if (!skeleton.element.isConnected) {
      clearTimeout(timer);
      return;
    }
    if (next === 'page-loading') document.body.dataset.state = 'page-loading';
    if (late) why();
  };
}

async function start(): Promise<void> {
  const onPhase = showLoading();
  const requested = Number(params.get('tab'));
  const tabId = Number.isSafeInteger(requested) && requested >= 0 && params.has('tab') ? requested : (await getActiveTab())?.id;
  const outcome: LoadOutcome = tabId === undefined ? { kind: 'tab-gone' } : await loadArticle(tabId, { onPhase });
  // The automatic reader is chosen per site, from that site's pages, articles or not.
  if (outcome.kind !== 'tab-gone' && outcome.tab)
    void renderAutoModeSwitch(document.getElementById('auto-switch') as HTMLElement, outcome.tab.url, t);
  await present(outcome);
}

/** The article, or the message for every other outcome: never a blank popup. */
async function present(outcome: LoadOutcome): Promise<void> {
  if (outcome.kind === 'result' && outcome.result.ok) {
    showArticle(outcome.result.article, outcome.tab.id, await settingsReady, outcome.truncated === true, outcome.selection === true);
    return;
  }
  const { kind, state, title, body, action } = describeOutcome(outcome, t, askedBy);
  // "Show it anyway" shows what the popup already read: the page is not asked again.
  const reading = outcome.kind === 'result' ? outcome.reading : undefined;
  const run =
    action === 'anyway' && reading && outcome.kind === 'result'
      ? { label: t('showAnyway'), run: () => void showAnyway(outcome, reading) }
      : action === 'retry'
        ? { label: t('tryAgain'), run: () => void start() }
        : undefined;
  show(renderMessage(kind, title, body, run), state);
  if (outcome.kind === 'restricted' && outcome.detail) document.body.dataset.detail = outcome.detail;
}

async function showAnyway(outcome: LoadOutcome & { kind: 'result' }, reading: PageReading): Promise<void> {
  showLoading();
  // Let the spinner paint: when an early stage said no, the extraction runs only now.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await present({ ...outcome, reading: undefined, result: reading.anyway() });
}

start().catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  show(renderMessage('error', t('errorTitle'), t('errorBody', detail), { label: t('tryAgain'), run: () => location.reload() }), 'error');
});

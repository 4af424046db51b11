/**
 * The reader inside the page: injected on demand (by the auto reader or the
 * keyboard shortcut), it covers the page with the clean article.
 *
 * Isolation: a closed shadow root on an element of our own, not an
 * extension page in a frame. The page's style sheets do not reach into a
 * shadow tree, a closed root is invisible to the page's scripts, and our
 * code runs in the content script's isolated world, so a page that replaces
 * built-ins cannot reach it either. A frame would need the reader page to be
 * web-accessible, which lets any site detect the extension.
 *
 * The page itself is never changed: the overlay is added beside the page's
 * own elements, and leaving removes it and puts the scroll back.
 */
import type { Article } from '../core/article';
import type { ArticleHeading } from '../core/meta/article-heading';
import { SCRIPTS, type EntryPoints, type ReaderOpenOptions, type ReaderOutcome } from '../core/messages/injected-scripts';
import { parseKeyFigures, parseReadAnswer, MAX_FIGURES_TEXT, type ReadAnswer } from '../core/messages/reader-work';
import { autoOpenAllowed } from './auto-open-allowed';
import type { ReaderTools, ReaderToolsContext } from './reader-tools-context';
import { createRebuildSanitizer } from '../core/sanitize/rebuild-sanitizer';
import type { HtmlCuts } from '../core/sanitize/html-cuts';
import { canReachExtension, sendToBackground } from '../platform/content-runtime';
import { contentTranslate, contentUiLanguage } from '../platform/content-i18n';
import { parseReaderText, type ReaderText } from '../core/i18n/reader-text';
import { connectReaderSettings, type ReaderSettingsConnection } from '../reader/connect-reader-settings';
import { keepReadingPosition } from '../reader/keep-reading-position';
import { h } from '../reader/h';
import { articleFrame, dropWhenBroken } from '../reader/render-article';
import { runInSlices, SLICE_MS, SLICE_NODES, whenIdle } from '../reader/fill-in-slices';
import { renderMessage } from '../reader/render-message';
import readerCss from '../reader/reader.css?inline';
import overlayCss from './in-page-reader.css?inline';

type OpenOptions = Partial<ReaderOpenOptions>;
type Outcome = ReaderOutcome;

const TAG = 'article-cleaner-reader';
// The reader's own words, as the background sent them with the latest call (reader-text.ts).
let text: ReaderText | null = null;
let translate = contentTranslate(null);
const t = (key: string, sub?: string | string[]) => translate(key, sub);
const uiLanguage = () => contentUiLanguage(text);
/** Each entry point takes the table it was given, checked: it came through the page's tab. */
function takeText(given: unknown): void {
  const parsed = parseReaderText(given);
  if (!parsed) return;
  text = parsed;
  translate = contentTranslate(text);
}

let host: HTMLElement | null = null;
let fontRequested = false;
let savedScroll: { x: number; y: number } | null = null;
let keyListener: ((e: KeyboardEvent) => void) | null = null;
let removalWatch: MutationObserver | null = null;
// A reading under way (and how it was asked for): a second press of the shortcut meanwhile does not start another.
let reading: false | 'auto' | 'user' = false;
// The background's own deadline is 20 s (background/read-in-tab.ts); past this one the reader stops waiting.
const NEEDS_READING_MS = 25_000;
let stuck: ReturnType<typeof setTimeout> | undefined;

async function open(options: OpenOptions = {}, given?: unknown): Promise<Outcome> {
  takeText(given);
  if (host?.isConnected || reading) return 'already-open';
  // Automatic: only on the page that asked, on a site still chosen (the tab may have navigated meanwhile).
  if (options.auto && !(await autoOpenAllowed(options.url, location.href))) return 'not-chosen';
  const auto = options.auto === true;
  // Text selected (the shortcut's "read selection"): the snapshot carries it and the reading reads it as it is,
  // off this thread like the rest (offscreen/reader-work.ts); the automatic reader never does.
  reading = auto ? 'auto' : 'user';
  // Asked for by the user: say at once that the page is being read (a heavy page takes seconds).
  if (!auto) showNode(renderMessage('info', t('readingPage'), '', { label: t('showOriginal'), run: () => close() }));
  const request = { auto, paywalled: options.paywalled ?? false, articleSignals: options.articleSignals ?? false };
  // The page hid the extension API from us: the background, which asked, reads the page itself and calls show().
  if (!canReachExtension()) {
    // Should the answer never come (the background failed), the reader must not wait for good.
    clearTimeout(stuck);
    stuck = setTimeout(() => void showAnswer({ ok: false, reason: 'error', message: 'timeout' }), NEEDS_READING_MS);
    return 'needs-reading';
  }
  let raw: unknown;
  try {
    // The background takes the page's snapshot (sliced, giving the page's event loop back) and reads it off this thread.
    raw = await sendToBackground('reader:read', { url: location.href, request });
  } finally {
    reading = false;
  }
  return present(parseReadAnswer(raw), auto);
}

/** The background's answer to a 'needs-reading'. */
async function showAnswer(raw: unknown, given?: unknown): Promise<Outcome> {
  takeText(given);
  clearTimeout(stuck);
  const auto = reading === 'auto';
  if (!reading) return host?.isConnected ? 'already-open' : 'closed';
  reading = false;
  return present(parseReadAnswer(raw), auto);
}

async function present(answer: ReadAnswer, auto: boolean): Promise<Outcome> {
  const waiting = host;
  // The user left the "reading" cover meanwhile (Show original, Esc): nothing to show.
  if (!auto && !waiting?.isConnected) return 'closed';
  if (answer.ok) {
    await show(answer.article, answer);
    return 'opened';
  }
  // The automatic reader stays silent about pages it will not open.
  if (auto) return answer.reason === 'not-article' ? 'not-article' : 'error';
  // Asked for by the user (the shortcut): say why there is nothing to show, never a blank cover.
  const notArticle = answer.reason === 'not-article';
  const title = notArticle ? t('notArticleTitle') : t('errorTitle');
  // It was opened by the keyboard shortcut, so the way to try again is the shortcut, not the toolbar button.
  const detail = answer.message === 'timeout' ? t('timeoutDetail') : answer.message || '?';
  const body = notArticle ? t('notArticleBodyShortcut') : t('errorBody', detail);
  showNode(renderMessage(notArticle ? 'info' : 'error', title, body, { label: t('showOriginal'), run: () => close() }));
  return notArticle ? 'not-article' : 'error';
}

/** Work of the reader's that can wait for the page's thread to be idle (its tools, the font's faces), at most this long. */
const IDLE_WAIT_MS = 1500;

/**
 * The article, shown without holding the page's thread: the title block at once in the cover already there (the
 * "reading" one, so the page is neither re-laid out nor scrolled in between), in the user's look, then the body in
 * slices that give the event loop back (fill-in-slices.ts), the first of them before the answer. The reading
 * position, measured, once the body is whole; the tools and the font's faces in idle time after that.
 */
async function show(
  article: Article,
  how: { truncated?: boolean; selection?: boolean; heading?: ArticleHeading; cuts?: HtmlCuts },
): Promise<void> {
  // Sanitized again where it becomes DOM: the article came through a message, but from a hostile page. Rebuilt
  // element by element from the allow list (rebuild-sanitizer.ts): no DOMPurify to compile in the page.
  const sanitizer = createRebuildSanitizer(document, article.url || undefined);
  const locale = article.lang ?? uiLanguage();
  const notice = how.selection ? t('selectionNotice') : how.truncated ? t('pageCut') : undefined;
  // The title block's words come finished with the reading (article-heading.ts): the page carries no meta rules.
  const heading = how.heading ?? { title: article.title, meta: [] };
  const body = h('div', { class: 'reader-body' });
  const rendered = articleFrame(article, { notice, heading }, body);
  // The key figures are asked for at once (computed off the page's thread); the tools show them.
  const request = { text: article.text.slice(0, MAX_FIGURES_TEXT), title: article.title, lang: article.lang };
  const figures = sendToBackground('reader:figures', { url: location.href, request })
    .then(parseKeyFigures)
    .catch(() => null);
  const c = coverPage();
  const shown = c.host;
  const stillShown = () => host === shown && shown.isConnected;
  // The user's look first (theme, font, size), so the story is styled and laid out once, not again when it arrives.
  const settings = await c.settings;
  if (!stillShown()) return;
  // The dyslexia font, when it is the one chosen (now or later), is wanted at once; otherwise it waits (below).
  if (settings?.current().font === 'dyslexic') requestFont(stillShown);
  settings?.subscribe((s) => {
    if (s.font === 'dyslexic') requestFont(stillShown);
  });
  c.page.replaceChildren(rendered);
  // In pieces where the reading said it can be cut: a long story is never parsed in one go on the page's thread.
  const work = sanitizer.inSteps(
    article.html,
    body,
    (el) => {
      if (el.localName === 'img') dropWhenBroken(el);
    },
    how.cuts,
  );
  // The first slice now: the first screen is there when the opener hears 'opened'.
  const whole = work.step(performance.now() + SLICE_MS, undefined, SLICE_NODES);
  void (async () => {
    if (!whole && !(await runInSlices(work, { wanted: stillShown }))) return;
    keepReadingPosition({ url: article.url || location.href, body, scroller: c.scroller });
    if (!settings) return;
    await whenIdle(IDLE_WAIT_MS);
    if (!stillShown()) return;
    const { scroller, root, overlay, end: bar, closeButton: before } = c;
    const context = { article, rendered, body, root, overlay, scroller, bar, before, settings, sanitizer, t, locale, figures, stillShown };
    await mountTools({ ...context, selection: how.selection === true });
    // The dyslexia font's faces go into the page's own font set (browsers ignore @font-face inside a shadow root),
    // where the page's scripts can list them. Added whatever font is chosen, they tell a page only what our element
    // already does (a reader is open), never the reader's choice of font; when it is not chosen, in idle time (the
    // faces are decoded on the page's thread, 30–90 ms).
    if (settings.current().font !== 'dyslexic') await whenIdle(IDLE_WAIT_MS);
    requestFont(stillShown);
  })();
}

function requestFont(stillShown: () => boolean): void {
  if (fontRequested || !stillShown()) return;
  fontRequested = true;
  void sendToBackground('reader:need-font', { url: location.href });
}

/**
 * The outline, Edit, the toolbar and the key-figures panel are a script of their own (reader-tools.ts), injected
 * by the background into this isolated world once the article is on screen: the first paint does not wait for them.
 */
async function mountTools(context: ReaderToolsContext): Promise<void> {
  const scope = globalThis as Record<string, unknown>;
  const name = SCRIPTS.readerTools.global;
  // An own property only: a page element with that id shows through as a global too.
  const tools = () => (Object.prototype.hasOwnProperty.call(scope, name) ? (scope[name] as ReaderTools) : null);
  if (!tools()) await sendToBackground('reader:need-tools', { url: location.href });
  if (context.stillShown()) await tools()?.mount(context);
}

interface Cover {
  host: HTMLElement;
  root: ShadowRoot;
  scroller: HTMLElement;
  /** Where the content goes: a message, or the article. */
  page: HTMLElement;
  /** The bar's end, and its Show original button (the tools' toolbar goes before it). */
  end: HTMLElement;
  closeButton: HTMLElement;
  /** The cover's own style sheet (the tools put theirs before it). */
  overlay: HTMLStyleElement;
  /** The reader's look, kept in step with the settings while it is open; null when they cannot be read. */
  settings: Promise<ReaderSettingsConnection | null>;
}
let cover: Cover | null = null;

function showNode(content: HTMLElement): void {
  coverPage().page.replaceChildren(content);
}

/** The cover over the page: the one already shown (the "reading" message's), or a new one. */
function coverPage(): Cover {
  if (cover && cover.host === host && host.isConnected) return cover;
  // Read before anything of ours is added: the page's layout is clean now, so this forces none.
  savedScroll = { x: window.scrollX, y: window.scrollY };
  const shown = document.createElement(TAG);
  host = shown;
  const root = shown.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  // reader.css declares its variables on :root, which inside a shadow tree is the host.
  style.textContent = readerCss.replace(/:root\b/g, ':host');
  // The cover's own sheet last, as it always was; the tools put theirs (toolbar, outline, Edit, figures) before it.
  const overlay = document.createElement('style');
  overlay.textContent = overlayCss;
  const closeButton = h('button', { type: 'button', class: 'button', title: t('showOriginalHint') }, t('showOriginal'));
  closeButton.addEventListener('click', () => void close());
  const end = h('span', { class: 'bar-end' }, closeButton);
  const bar = h('header', { class: 'bar' }, h('span', { class: 'brand' }, t('appName')), end);
  const page = h('main', { class: 'page' });
  const scroller = h('div', { class: 'scroller', tabindex: '-1' }, bar, page);
  root.append(style, overlay, scroller);
  document.documentElement.append(shown);
  const settings = connectReaderSettings(scroller).catch(() => null);
  // Focused while the cover is nearly empty: focusing brings style up to date, cheap now, not with the whole story in.
  scroller.focus({ preventScroll: true });
  keyListener = (event: KeyboardEvent) => {
    // isTrusted: a keydown the page dispatches itself is not the reader pressing Esc.
    // An open toolbar panel or Edit's strip takes Esc for itself (it closes); the next Esc leaves the reader.
    const panelOpen = root.querySelector('.toolbar-panel:not([hidden]), .edit-strip:not([hidden])') !== null;
    if (event.isTrusted && event.key === 'Escape' && !event.defaultPrevented && !panelOpen) {
      event.stopPropagation();
      void close();
    }
  };
  // Capture on window: Esc must work wherever the focus is, even inside the page's own widgets.
  window.addEventListener('keydown', keyListener, true);
  // A page that takes our element out (a script re-rendering the document) takes the reader with it:
  // nothing of ours may stay behind in the page, the Esc listener least of all.
  removalWatch = new MutationObserver(() => {
    if (host === shown && !shown.isConnected) tearDown();
  });
  // Its parent and the document only (not the subtree): a busy page's own changes cost nothing here.
  removalWatch.observe(document.documentElement, { childList: true });
  removalWatch.observe(document, { childList: true });
  cover = { host: shown, root, scroller, page, end, closeButton, overlay, settings };
  return cover;
}

/** Everything the reader added to the page, taken away again. */
function tearDown(): void {
  removalWatch?.disconnect();
  removalWatch = null;
  host?.remove();
  host = null;
  cover = null;
  // The dyslexia font's faces, if the reader added them, leave with it.
  (globalThis as { __articleCleanerFont?: { remove(): void } }).__articleCleanerFont?.remove();
  fontRequested = false;
  if (keyListener) window.removeEventListener('keydown', keyListener, true);
  keyListener = null;
  if (savedScroll) window.scrollTo(savedScroll.x, savedScroll.y);
  savedScroll = null;
}

async function close(): Promise<Outcome> {
  if (!host) return 'closed';
  tearDown();
  // Left on this page: it must not come back here in this tab (a reload brings it back).
  await sendToBackground('reader:closed', { url: location.href });
  return 'closed';
}

async function toggle(given?: unknown): Promise<Outcome> {
  takeText(given);
  return host?.isConnected ? close() : open({ auto: false });
}

const scope = globalThis as Record<string, unknown>;
// An own property only: a page element with id="__articleCleanerReader" shows through as a global too.
if (!Object.prototype.hasOwnProperty.call(scope, SCRIPTS.inPageReader.global)) {
  Object.defineProperty(scope, SCRIPTS.inPageReader.global, {
    value: Object.freeze({ open, close, toggle, show: showAnswer } satisfies EntryPoints['inPageReader']),
    configurable: false,
    writable: false,
  });
}

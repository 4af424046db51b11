/**
 * The in-page reader's tools, a script of their own (content/reader-tools.js):
 * the outline, Edit, the toolbar (text and colours, listen, save and copy)
 * and the key-figures panel. None of them is needed to show the article, so
 * the reader injected into the page carries only what its first paint needs,
 * and the background injects this script into the same isolated world once
 * the article is on screen (in-page-reader.ts asks with reader:need-tools).
 */
import { SCRIPTS } from '../core/messages/injected-scripts';
import { mountReaderFixes } from '../reader/mount-reader-fixes';
import { mountReaderToolbar } from '../reader/mount-reader-toolbar';
import { showInPageFigures } from './in-page-figures';
import type { ReaderTools, ReaderToolsContext } from './reader-tools-context';
import { nextTask } from '../reader/fill-in-slices';
import toolbarCss from '../reader/reader-toolbar.css?inline';
import fixesCss from '../reader/reader-fixes.css?inline';
import toolsCss from './in-page-tools.css?inline';

/**
 * Mounted in three tasks (the figures panel; the outline and Edit; the toolbar), each giving the page's event loop
 * back before the next: together they held the page's thread for 50–120 ms on the bench's pages.
 */
async function mount(c: ReaderToolsContext): Promise<void> {
  if (!c.stillShown()) return;
  // The tools' own styles come with them, before anything of theirs is added: the first paint never needed them.
  const style = document.createElement('style');
  style.textContent = `${toolbarCss}\n${fixesCss}\n${toolsCss}`;
  c.root.insertBefore(style, c.overlay);
  // The key-figures panel first (it goes before the body at once, its list fills later): the outline and Edit's
  // strip then go between it and the story, as when the reader showed the panel itself.
  const figures = c.figures;
  if (figures)
    void showInPageFigures({
      article: c.rendered,
      body: c.body,
      scroller: c.scroller,
      t: c.t,
      text: c.article.text,
      load: () => figures,
      stillShown: c.stillShown,
    });
  await nextTask();
  if (!c.stillShown()) return;
  // Outline and Edit ("Remove this block"), as in the popup.
  const fixes = mountReaderFixes(c.article, c.body, c.t, {
    scroller: c.scroller,
    keys: c.root,
    selection: c.selection,
    under: c.root.querySelector<HTMLElement>('.bar'),
  });
  await nextTask();
  if (!c.stillShown()) return;
  // The same controls as the popup's: text and colours, listen, save (print is the full tab's).
  // Save and Copy work inside the closed shadow root, out of the page's reach.
  const toolbar = mountReaderToolbar({
    article: c.article,
    body: c.body,
    sanitizer: c.sanitizer,
    settings: c.settings,
    t: c.t,
    locale: c.locale,
    canPrint: false,
    place: c.root,
    extra: [fixes.editor.button],
  });
  c.bar.insertBefore(toolbar.element, c.before);
}

const scope = globalThis as Record<string, unknown>;
// An own property only: a page element with that id shows through as a global too.
if (!Object.prototype.hasOwnProperty.call(scope, SCRIPTS.readerTools.global)) {
  Object.defineProperty(scope, SCRIPTS.readerTools.global, {
    value: Object.freeze({ mount } satisfies ReaderTools),
    configurable: false,
    writable: false,
  });
}

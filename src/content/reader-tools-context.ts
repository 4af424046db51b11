/**
 * What the in-page reader hands its tools (reader-tools.ts) once the article
 * is on screen. Both scripts run in the same isolated world of the tab, so
 * these are live objects (the reader's shadow root, its settings), never
 * crossing a context: the tools script is injected after the first paint and
 * mounts the outline, Edit, the toolbar and the key-figures panel into the
 * reader that is already shown.
 */
import type { Article } from '../core/article';
import type { KeyFigures } from '../core/figures/key-figures';
import type { Translate } from '../core/i18n/translate';
import type { Sanitizer } from '../core/sanitize/create-sanitizer';
import type { ReaderSettingsConnection } from '../reader/connect-reader-settings';

export interface ReaderToolsContext {
  article: Article;
  /** The rendered article (its title block and body); the key-figures panel goes between them. */
  rendered: HTMLElement;
  body: HTMLElement;
  root: ShadowRoot;
  /** The cover's own style sheet, last in the root: the tools' sheet goes just before it, so the cascade is as one sheet's. */
  overlay: HTMLStyleElement;
  scroller: HTMLElement;
  /** The bar's end, and the button the toolbar goes before (Show original). */
  bar: HTMLElement;
  before: HTMLElement;
  settings: ReaderSettingsConnection;
  /** The reader's own sanitizer (Save and Copy make their files from the article through it). */
  sanitizer: Sanitizer;
  t: Translate;
  locale: string;
  /** The reader shows the user's selection: no site rule is made from it, and it has no key figures. */
  selection: boolean;
  /** The key figures, asked for when the article was shown (computed off the page's thread); null if none came. */
  figures: Promise<KeyFigures | null> | null;
  /** False once the reader has closed (or another opened). */
  stillShown(): boolean;
}

export interface ReaderTools {
  /** Resolves once every tool is in place (or the reader closed meanwhile). */
  mount(context: ReaderToolsContext): Promise<void>;
}

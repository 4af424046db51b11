import type { Article } from '../core/article';
import type { Sanitizer } from '../core/sanitize/create-sanitizer';
import type { ReaderSettingsConnection } from './connect-reader-settings';
import { createReadAloud, readableBlocks, type ReadAloud } from './read-aloud';
import { renderReaderToolbar, type ReaderToolbar } from './render-reader-toolbar';
import { takeAwayActions } from './take-away-actions';

export interface MountToolbarOptions {
  article: Article;
  /** The rendered article body: what Listen reads and highlights. */
  body: HTMLElement;
  sanitizer: Sanitizer;
  settings: ReaderSettingsConnection;
  t: (key: string, sub?: string | string[]) => string;
  locale: string;
  canPrint: boolean;
  /** Where Save and Copy put their transient elements: the in-page reader's shadow root (take-away.ts). */
  place?: ParentNode;
  onOpenOptions?: () => void;
  /** Controls of other features for the toolbar (the Edit toggle). */
  extra?: HTMLElement[];
}

/**
 * The reader toolbar (text and colours, listen, save) for one shown article,
 * the same in the popup, the full-tab reader and the in-page reader: wired
 * to the settings and to the browser's speech synthesis where there is one.
 */
export function mountReaderToolbar(o: MountToolbarOptions): ReaderToolbar {
  let toolbar: ReaderToolbar | null = null;
  let readAloud: ReadAloud | null = null;
  // Some Linux builds of Firefox have no speech service at all: then there is no Listen button.
  if (typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined') {
    readAloud = createReadAloud({
      blocks: readableBlocks(o.body),
      lang: o.locale,
      rate: o.settings.current().speechRate,
      engine: speechSynthesis,
      makeUtterance: (text) => new SpeechSynthesisUtterance(text),
      onChange: (state) => toolbar?.showSpeech(state),
    });
    // Speech outlives the page in some browsers: leaving must silence it.
    addEventListener('pagehide', () => readAloud?.stop());
  }
  toolbar = renderReaderToolbar({
    t: o.t,
    settings: o.settings.current(),
    readAloud,
    onSettingsChange: (change) => o.settings.change(change),
    onOpenOptions: o.onOpenOptions,
    extra: o.extra,
    actions: takeAwayActions(o.article, o.sanitizer, o.t, o.locale, o.canPrint, o.place),
  });
  o.settings.subscribe((s) => toolbar?.updateSettings(s));
  return toolbar;
}

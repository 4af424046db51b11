import type { Article } from '../core/article';
import type { Sanitizer } from '../core/sanitize/create-sanitizer';
import type { ReaderSettingsConnection } from './connect-reader-settings';
import { createReadAloud, readableBlocks, type ReadAloud } from './read-aloud';
import { bindReadAloudKeys } from './read-aloud-keys';
import { renderReaderToolbar, type ReaderToolbar } from './render-reader-toolbar';
import { renderVoicePicker, type VoicePicker } from './render-voice-picker';
import { voiceLanguage } from './speech-voice';
import { createWordHighlighter } from './word-highlight';
import { takeAwayActions } from './take-away-actions';
import type { Translate } from '../core/i18n/translate';

export interface MountToolbarOptions {
  article: Article;
  /** The rendered article body: what Listen reads and highlights. */
  body: HTMLElement;
  sanitizer: Sanitizer;
  settings: ReaderSettingsConnection;
  t: Translate;
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
  let picker: VoicePicker | null = null;
  // Some Linux builds of Firefox have no speech service at all: then there is no Listen button.
  if (typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined') {
    const engine = speechSynthesis;
    const key = voiceLanguage(o.locale);
    picker = renderVoicePicker({
      engine,
      lang: o.locale,
      t: o.t,
      remembered: () => o.settings.current().speechVoices,
      onChoose(voiceURI) {
        // The whole map: a change merges at the top level, and the other languages' choices must stay.
        if (key) o.settings.change({ speechVoices: { ...o.settings.current().speechVoices, [key]: voiceURI } });
        readAloud?.voiceChanged();
      },
    });
    // A reader taken off the page (the in-page reader closed with Esc or the shortcut, the popup showing another
    // article) must fall silent at once, not read on from a page nobody sees. Watched only while reading.
    let watcher: MutationObserver | null = null;
    const watchRemoval = (reading: boolean) => {
      if (reading && !watcher) {
        watcher = new MutationObserver(() => {
          if (!o.body.isConnected) readAloud?.stop();
        });
        watcher.observe(document, { childList: true, subtree: true });
      } else if (!reading && watcher) {
        watcher.disconnect();
        watcher = null;
      }
    };
    readAloud = createReadAloud({
      blocks: readableBlocks(o.body),
      lang: o.locale,
      rate: o.settings.current().speechRate,
      engine,
      makeUtterance: (text) => new SpeechSynthesisUtterance(text),
      voice: picker.voice,
      words: createWordHighlighter(o.body),
      onChange: (state) => {
        toolbar?.showSpeech(state);
        watchRemoval(state.status === 'playing' || state.status === 'paused');
      },
    });
    // Speech outlives the page in some browsers: leaving must silence it.
    addEventListener('pagehide', () => readAloud?.stop());
  }
  toolbar = renderReaderToolbar({
    t: o.t,
    settings: o.settings.current(),
    readAloud,
    voicePicker: picker?.element,
    onSettingsChange: (change) => o.settings.change(change),
    onOpenOptions: o.onOpenOptions,
    extra: o.extra,
    actions: takeAwayActions(o.article, o.sanitizer, o.t, o.locale, o.canPrint, o.place),
  });
  o.settings.subscribe((s) => toolbar?.updateSettings(s));
  // Keys only while the reader has focus: its own document, or the in-page reader's shadow root.
  const root = o.body.getRootNode();
  // Told by nodeType, not instanceof: in a Firefox content script the page's nodes come through Xray wrappers.
  if (toolbar.speechControls && (root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE))
    bindReadAloudKeys(root as Document | ShadowRoot, toolbar.speechControls);
  return toolbar;
}

import { h } from './h';
import { icon } from './icon';
import type { ReadAloud, ReadAloudState } from './read-aloud';
import { READ_ALOUD_KEYS, type SpeechControls } from './read-aloud-keys';
import type { Settings } from '../core/settings/defaults';

import type { Translate } from '../core/i18n/translate';

export interface ListenPanelOptions {
  t: Translate;
  readAloud: ReadAloud;
  settings: Settings;
  onSettingsChange(change: Partial<Settings>): void;
  /** The voice choice for the article's language (render-voice-picker.ts). */
  voicePicker?: HTMLElement;
  /** The toolbar's status line, a live region outside the panel. */
  say(text: string): void;
}

export interface ListenPanel {
  /** What goes into the Listen panel. */
  content: Node[];
  /** Shows a new read-aloud state; `element` is the toolbar, which carries data-speech. */
  show(state: ReadAloudState, element: HTMLElement): void;
  /** The panel's own actions, for the keys (read-aloud-keys.ts), so a skip by key is announced like a click. */
  controls: SpeechControls;
}

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * The Listen panel of the reader toolbar: previous, play/pause, next and stop,
 * the speed, the voice, where the reading is, and the keys that do the same.
 */
export function renderListenPanel(o: ListenPanelOptions): ListenPanel {
  const { t, readAloud, say } = o;
  const playButton = h('button', {
    type: 'button',
    class: 'button speech-play',
    'aria-pressed': 'false',
    'aria-keyshortcuts': READ_ALOUD_KEYS.toggle,
    onclick: () => readAloud.toggle(),
  });
  const progress = h('span', { class: 'speech-progress' });
  let skipping = false;
  const speechControls: SpeechControls = {
    toggle: () => readAloud.toggle(),
    state: () => readAloud.state(),
    previous() {
      skipping = true;
      readAloud.previous();
    },
    next() {
      skipping = true;
      readAloud.next();
    },
  };
  const speed = h(
    'select',
    {
      id: 'toolbar-speech-rate',
      onchange: () => {
        const r = Number(speed.value);
        readAloud.setRate(r);
        o.onSettingsChange({ speechRate: r });
      },
    },
    // A speed set on the options page's slider (1.3×) is offered too, so the list shows what is used.
    ...[...new Set([...RATES, o.settings.speechRate])]
      .sort((a, b) => a - b)
      .map((r) => h('option', { value: r }, t('valueTimes', String(r)))),
  );
  speed.value = String(o.settings.speechRate);
  const content = [
    h(
      'div',
      { class: 'speech-controls' },
      h(
        'button',
        {
          type: 'button',
          class: 'button speech-previous',
          'aria-keyshortcuts': READ_ALOUD_KEYS.previous,
          'aria-label': t('speechPrevious'),
          title: t('speechPrevious'),
          onclick: () => speechControls.previous(),
        },
        icon('previous'),
      ),
      playButton,
      h(
        'button',
        {
          type: 'button',
          class: 'button speech-next',
          'aria-keyshortcuts': READ_ALOUD_KEYS.next,
          'aria-label': t('speechNext'),
          title: t('speechNext'),
          onclick: () => speechControls.next(),
        },
        icon('next'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button speech-stop',
          'aria-label': t('speechStop'),
          title: t('speechStop'),
          onclick: () => readAloud.stop(),
        },
        icon('stop'),
      ),
    ),
    h('div', { class: 'speech-speed' }, h('label', { for: speed.id }, t('settingSpeechRate')), speed),
    ...(o.voicePicker ? [o.voicePicker] : []),
    progress,
    h('p', { class: 'speech-keys' }, t('speechKeys')),
  ];
  let shown: ReadAloudState = readAloud.state();
  const show = (state: ReadAloudState, element: HTMLElement) => {
    // Told to screen readers through the toolbar's status line (outside the panel, so heard with it closed):
    // a change of state and a skip, not each paragraph the reading moves on to, which would talk over the voice.
    const before = shown;
    shown = state;
    const skipped = skipping;
    skipping = false;
    if (state.status === 'playing' && (before.status !== 'playing' || skipped))
      say(t('speechAnnouncePlaying', [String(state.index + 1), String(state.total)]));
    else if (state.status === 'paused' && before.status !== 'paused') say(t('speechAnnouncePaused'));
    else if (state.status === 'idle' && before.status !== 'idle') say(t('speechAnnounceStopped'));
    else if (state.status === 'error' && before.status !== 'error') say(t(speechErrorKey(state.error)));
    const playing = state.status === 'playing';
    playButton.replaceChildren(icon(playing ? 'pause' : 'play'), h('span', {}, t(playing ? 'speechPause' : 'speechPlay')));
    playButton.setAttribute('aria-pressed', String(playing));
    progress.textContent =
      state.status === 'error'
        ? t(speechErrorKey(state.error))
        : state.index >= 0
          ? t('speechProgress', [String(state.index + 1), String(state.total)])
          : '';
    // On the toolbar, and on the reader page's body for its styles and tests; never on the body of a page the in-page
    // reader covers (inside the shadow root closest() finds none), which would tell that page the user is listening.
    element.dataset.speech = state.status;
    const body = element.closest('body');
    if (body) body.dataset.speech = state.status;
  };
  return { content, show, controls: speechControls };
}

/** What the reader is told when speech fails, by the browser's error code (SpeechSynthesisErrorEvent.error). */
export function speechErrorKey(code: string | undefined): string {
  switch (code) {
    case 'language-unavailable':
    case 'voice-unavailable':
      return 'speechFailedVoice';
    case 'not-allowed':
      return 'speechFailedBlocked';
    case 'audio-busy':
    case 'audio-hardware':
      return 'speechFailedAudio';
    case 'network':
      return 'speechFailedNetwork';
    default:
      return 'speechFailed';
  }
}

import type { Settings } from '../core/settings/defaults';
import { h } from './h';
import { icon } from './icon';
import type { ReadAloud, ReadAloudState } from './read-aloud';
import { READ_ALOUD_KEYS, type SpeechControls } from './read-aloud-keys';
import { renderSettingsForm } from './render-settings-form';

type Translate = (key: string, sub?: string | string[]) => string;

/** What the reader can do with its article; each returns whether it worked, for the status line. */
export interface TakeAwayActions {
  copyMarkdown(): Promise<boolean>;
  copyText(): Promise<boolean>;
  saveHtml(): void;
  saveMarkdown(): void;
  /** Only where printing makes sense (the full-tab reader). */
  print?: () => void;
}

export interface ReaderToolbarOptions {
  t: Translate;
  settings: Settings;
  onSettingsChange(change: Partial<Settings>): void;
  onOpenOptions?: () => void;
  actions: TakeAwayActions;
  /** Null where the browser has no speech synthesis: then there is no Listen button at all. */
  readAloud: ReadAloud | null;
  /** The voice choice for the article's language (render-voice-picker.ts), shown in the Listen panel. */
  voicePicker?: HTMLElement;
}

export interface ReaderToolbar {
  element: HTMLElement;
  updateSettings(settings: Settings): void;
  showSpeech(state: ReadAloudState): void;
  /** What the read-aloud keys drive (read-aloud-keys.ts): the buttons' own actions, so a skip by key is announced too. */
  speechControls?: SpeechControls;
}

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * The reader's compact toolbar: "Aa" (text and colours), Listen, Save. Each
 * opens a small panel; one panel at a time, Escape closes it and gives focus
 * back to its button, so everything works from the keyboard.
 */
export function renderReaderToolbar(options: ReaderToolbarOptions): ReaderToolbar {
  const { t, actions, readAloud } = options;
  const status = h('span', { class: 'toolbar-status', role: 'status' });
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    status.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      status.textContent = '';
    }, 4000);
  };
  const disclosures: Array<{ button: HTMLButtonElement; panel: HTMLElement }> = [];

  const closeAll = (except?: HTMLElement) => {
    for (const d of disclosures)
      if (d.panel !== except) {
        d.panel.hidden = true;
        d.button.setAttribute('aria-expanded', 'false');
      }
  };
  const disclosure = (name: string, face: string, labelKey: string, ...content: Node[]) => {
    const panel = h(
      'div',
      { class: `toolbar-panel toolbar-panel-${name}`, id: `toolbar-${name}`, role: 'group', 'aria-label': t(labelKey), hidden: true },
      ...content,
    );
    const button = h(
      'button',
      {
        type: 'button',
        class: `button toolbar-button toolbar-${name}`,
        'aria-expanded': 'false',
        'aria-controls': panel.id,
        'aria-label': t(labelKey),
        title: t(labelKey),
        onclick: () => {
          const open = panel.hidden;
          closeAll(panel);
          panel.hidden = !open;
          button.setAttribute('aria-expanded', String(open));
          if (open) panel.querySelector<HTMLElement>('input:checked, input, button, select')?.focus();
        },
      },
      face,
    );
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    });
    disclosures.push({ button, panel });
    return h('div', { class: 'toolbar-item' }, button, panel);
  };

  // Aa: the reader's look. Speed lives with Listen.
  const form = renderSettingsForm(options.settings, t, options.onSettingsChange, {
    idPrefix: 'toolbar',
    fields: ['theme', 'font', 'fontSize', 'lineWidth', 'lineHeight', 'hideImages'],
  });
  const look = disclosure(
    'look',
    t('toolbarLookFace'),
    'toolbarLook',
    form.element,
    ...(options.onOpenOptions
      ? [h('button', { type: 'button', class: 'link-button', onclick: options.onOpenOptions }, t('allSettings'))]
      : []),
  );

  // Listen: play/pause, paragraph back and forward, stop, speed.
  let showSpeech: (state: ReadAloudState) => void = () => undefined;
  let speechControls: SpeechControls | undefined;
  let listen: HTMLElement | null = null;
  if (readAloud) {
    const playButton = h('button', {
      type: 'button',
      class: 'button speech-play',
      'aria-pressed': 'false',
      'aria-keyshortcuts': READ_ALOUD_KEYS.toggle,
      onclick: () => readAloud.toggle(),
    });
    const progress = h('span', { class: 'speech-progress' });
    let skipping = false;
    speechControls = {
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
          options.onSettingsChange({ speechRate: r });
        },
      },
      // A speed set on the options page's slider (1.3×) is offered too, so the list shows what is used.
      ...[...new Set([...RATES, options.settings.speechRate])]
        .sort((a, b) => a - b)
        .map((r) => h('option', { value: r }, t('valueTimes', String(r)))),
    );
    speed.value = String(options.settings.speechRate);
    listen = disclosure(
      'listen',
      t('toolbarListenFace'),
      'toolbarListen',
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
            onclick: () => speechControls?.previous(),
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
            onclick: () => speechControls?.next(),
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
      ...(options.voicePicker ? [options.voicePicker] : []),
      progress,
      h('p', { class: 'speech-keys' }, t('speechKeys')),
    );
    let shown: ReadAloudState = readAloud.state();
    showSpeech = (state) => {
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
      document.body.dataset.speech = state.status;
    };
    showSpeech(readAloud.state());
  }

  // Save: copy or download the article, print in the full tab.
  // Like a menu, the panel closes once an action is chosen; focus goes back to the Save button, not to a hidden one.
  const act = (key: string, run: () => void) =>
    h(
      'button',
      {
        type: 'button',
        class: `button save-action save-${key}`,
        onclick: () => {
          closeAll();
          save.querySelector<HTMLElement>('.toolbar-button')?.focus();
          run();
        },
      },
      t(key),
    );
  const copied = (ok: boolean, doneKey: string) => say(t(ok ? doneKey : 'copyFailed'));
  const save = disclosure(
    'save',
    t('toolbarSaveFace'),
    'toolbarSave',
    act('copyMarkdown', () => void actions.copyMarkdown().then((ok) => copied(ok, 'copiedMarkdown'))),
    act('copyText', () => void actions.copyText().then((ok) => copied(ok, 'copiedText'))),
    act('saveHtml', () => {
      actions.saveHtml();
      say(t('savedFile'));
    }),
    act('saveMarkdown', () => {
      actions.saveMarkdown();
      say(t('savedFile'));
    }),
    ...(actions.print ? [act('print', () => actions.print?.())] : []),
  );

  const element = h('div', { class: 'reader-toolbar', role: 'group', 'aria-label': t('toolbarLabel') }, look, listen, save, status);
  // A click elsewhere closes the open panel, as menus do. "Elsewhere" is told by the toolbar hearing the
  // press first, not by the target the document sees: in the in-page reader that is our shadow host, for
  // every press inside the reader too (which closed a panel before its button could be clicked).
  let pressedInside = false;
  element.addEventListener('pointerdown', () => {
    pressedInside = true;
  });
  document.addEventListener('pointerdown', () => {
    if (!pressedInside) closeAll();
    pressedInside = false;
  });
  return { element, updateSettings: form.update, showSpeech, speechControls };
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

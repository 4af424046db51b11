import type { Settings } from '../core/settings/defaults';
import { h } from './h';
import type { ReadAloud, ReadAloudState } from './read-aloud';
import type { SpeechControls } from './read-aloud-keys';
import { renderListenPanel } from './render-listen-panel';
import { renderSettingsForm } from './render-settings-form';

import type { Translate } from '../core/i18n/translate';

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
  /** Controls of other features (Edit: edit-blocks.ts), placed after Save. */
  extra?: HTMLElement[];
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
    fields: ['theme', 'font', 'fontSize', 'lineWidth', 'lineHeight', 'hideImages', 'moreText', 'colors'],
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

  // Listen: play/pause, paragraph back and forward, stop, speed, voice (render-listen-panel.ts).
  const listenPanel = readAloud
    ? renderListenPanel({
        t,
        readAloud,
        settings: options.settings,
        onSettingsChange: options.onSettingsChange,
        voicePicker: options.voicePicker,
        say,
      })
    : null;
  const listen = listenPanel ? disclosure('listen', t('toolbarListenFace'), 'toolbarListen', ...listenPanel.content) : null;

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

  const element = h(
    'div',
    { class: 'reader-toolbar', role: 'group', 'aria-label': t('toolbarLabel') },
    look,
    listen,
    save,
    ...(options.extra ?? []),
    status,
  );
  const showSpeech = (state: ReadAloudState) => listenPanel?.show(state, element);
  if (readAloud) showSpeech(readAloud.state());
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
  return { element, updateSettings: form.update, showSpeech, speechControls: listenPanel?.controls };
}

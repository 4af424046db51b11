import { h } from './h';
import type { SpeechEngine } from './read-aloud';
import { chooseVoice, voiceLanguage, voicesFor } from './speech-voice';

import type { Translate } from '../core/i18n/translate';

export interface VoicePickerOptions {
  engine: SpeechEngine;
  /** The article's language: only voices that speak it are offered. */
  lang: string;
  t: Translate;
  /** The remembered choices, read each time (another reader or the options page may have changed them). */
  remembered(): Readonly<Record<string, string>>;
  /** The reader picked a voice for this language. */
  onChoose(voiceURI: string): void;
}

export interface VoicePicker {
  element: HTMLElement;
  /** The voice to read with now: the remembered one if installed, else the best for the language. */
  voice(): SpeechSynthesisVoice | null;
}

/** How long an empty voice list may still be filling (Chrome loads voices after the page) before "no voice" is said. */
const VOICES_GRACE_MS = 2000;

/**
 * The voice choice for the article's language. The list comes from the
 * engine and fills asynchronously ("voiceschanged"), so it is rebuilt on each
 * change; with no voice for the language the select gives way to a sentence
 * saying so, never an empty list.
 */
export function renderVoicePicker(o: VoicePickerOptions): VoicePicker {
  const { engine, lang, t } = o;
  const select = h('select', { id: 'toolbar-speech-voice', class: 'speech-voice-select' });
  const label = h('label', { for: select.id }, t('speechVoice'));
  const note = h('p', { class: 'speech-voice-note', hidden: true });
  const element = h('div', { class: 'speech-voice' }, label, select, note);
  const key = voiceLanguage(lang);
  let waited = false;

  const voice = () => chooseVoice(engine.getVoices(), lang, o.remembered());

  const show = () => {
    const voices = voicesFor(engine.getVoices(), lang);
    const chosen = voice();
    const none = voices.length === 0;
    label.hidden = none;
    select.hidden = none;
    note.hidden = !none;
    element.dataset.voices = none ? (waited ? 'none' : 'loading') : 'some';
    if (none) {
      if (waited) whenSeen(element, () => element.dataset.voices === 'none' && (note.textContent = t('speechNoVoice', languageName(lang))));
      else note.textContent = t('speechVoicesLoading');
      select.replaceChildren();
      return;
    }
    // The same list again (voiceschanged fires more than once) keeps the select as it is, focus and all.
    const ids = voices.map((v) => v.voiceURI).join('\n');
    if (select.dataset.ids !== ids) {
      select.dataset.ids = ids;
      select.replaceChildren(...voices.map((v) => h('option', { value: v.voiceURI }, voiceLabel(v, voices))));
    }
    if (chosen) select.value = chosen.voiceURI;
  };

  select.addEventListener('change', () => {
    if (key && select.value) o.onChoose(select.value);
  });
  engine.addEventListener?.('voiceschanged', show);
  setTimeout(() => {
    waited = true;
    show();
  }, VOICES_GRACE_MS);
  // Already listed (Firefox, or Chrome's second page): nothing to wait for.
  if (engine.getVoices().length) waited = true;
  show();
  return { element, voice };
}

/** A voice's name, with its region where the list holds more than one region ("Google US English" is clear; "Daniel" is not). */
function voiceLabel(v: SpeechSynthesisVoice, all: readonly SpeechSynthesisVoice[]): string {
  const regions = new Set(all.map((x) => x.lang.toLowerCase()));
  return regions.size > 1 && !v.name.includes(v.lang) ? `${v.name} (${v.lang})` : v.name;
}

/** "German" for de, in the browser's language; the tag itself where the browser cannot name it. */
function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([navigator.language || 'en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Runs `then` once `el` can be seen (its panel opened). Naming a language takes the renderer's display-name data,
 * whose first use held the page's thread 40–70 ms when the in-page reader's tools mounted, for a note in a closed panel.
 */
function whenSeen(el: Element, then: () => void): void {
  if (typeof IntersectionObserver !== 'function') return then();
  const watch = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    watch.disconnect();
    then();
  });
  watch.observe(el);
}

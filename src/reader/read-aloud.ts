/**
 * Read aloud with the browser's own speech synthesis: nothing leaves the
 * machine, no voice is downloaded. One utterance per paragraph, because
 * Chrome stops long utterances after about 15 seconds (crbug.com/679437),
 * and because a paragraph is the unit a listener skips by and the reader
 * highlights.
 */
import { pickVoice } from './speech-voice';
import { rangeInBlock, wordSpan, type WordHighlighter } from './word-highlight';

export type ReadAloudStatus = 'idle' | 'playing' | 'paused' | 'error';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** The paragraph being read, or -1. */
  index: number;
  total: number;
  /** After a failure, the browser's error code ("language-unavailable", "not-allowed", …). */
  error?: string;
}

/** The part of SpeechSynthesis used here, so tests can pass a fake. */
export interface SpeechEngine {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
  /** "voiceschanged": the voice list fills after the page loads (Chrome) or when voices are installed. */
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface ReadAloudOptions {
  blocks: readonly HTMLElement[];
  /** The article's language, to pick a voice that pronounces it. */
  lang: string;
  rate: number;
  engine: SpeechEngine;
  makeUtterance: (text: string) => SpeechSynthesisUtterance;
  /** The voice for each new utterance (the reader's choice for the language); the best match for lang when absent. */
  voice?: () => SpeechSynthesisVoice | null;
  /** Paints the word being spoken where the engine reports word boundaries; paragraphs only without it. */
  words?: WordHighlighter;
  onChange?: (state: ReadAloudState) => void;
}

export interface ReadAloud {
  play(): void;
  pause(): void;
  /** Play when idle or paused, pause when playing. */
  toggle(): void;
  next(): void;
  previous(): void;
  stop(): void;
  setRate(rate: number): void;
  /** Another voice was chosen: the current paragraph starts again in it. */
  voiceChanged(): void;
  state(): ReadAloudState;
}

export const READING_CLASS = 'reading-now';

/** The article's blocks in reading order: paragraphs, headings, list items, quotes; no block twice. */
export function readableBlocks(body: HTMLElement): HTMLElement[] {
  const all = Array.from(body.querySelectorAll<HTMLElement>('p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd'));
  return all.filter((el) => {
    if (!el.textContent?.trim()) return false;
    // A quote or list item that holds paragraphs is read through those paragraphs.
    return !all.some((other) => other !== el && el.contains(other));
  });
}

export function createReadAloud(options: ReadAloudOptions): ReadAloud {
  const { blocks, engine } = options;
  let rate = options.rate;
  let status: ReadAloudStatus = 'idle';
  let index = -1;
  // Each utterance's end event is checked against this, so a cancelled one cannot advance the reading.
  let current: SpeechSynthesisUtterance | null = null;
  let error: string | undefined;
  // Where a failure stopped the reading: Next and Previous step from there, while Play starts again from the top.
  let failedAt = -1;
  // A rate or voice changed while paused: Play starts the paragraph again with it rather than resuming the old utterance.
  let restartOnPlay = false;

  const voice = options.voice ?? (() => pickVoice(engine.getVoices(), options.lang));
  const state = (): ReadAloudState =>
    status === 'error' ? { status, index, total: blocks.length, error } : { status, index, total: blocks.length };
  const emit = () => options.onChange?.(state());

  function mark(i: number): void {
    options.words?.clear();
    for (const block of blocks) block.classList.remove(READING_CLASS);
    const block = blocks[i];
    if (!block) return;
    block.classList.add(READING_CLASS);
    const smooth = typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView?.({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }

  function speakAt(i: number): void {
    current = null;
    engine.cancel();
    if (i < 0 || i >= blocks.length) {
      finish();
      return;
    }
    index = i;
    status = 'playing';
    error = undefined;
    failedAt = -1;
    restartOnPlay = false;
    mark(i);
    const text = (blocks[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const utterance = options.makeUtterance(text);
    utterance.lang = options.lang;
    utterance.rate = rate;
    const chosen = voice();
    if (chosen) utterance.voice = chosen;
    utterance.onboundary = (event) => {
      const block = blocks[i];
      // Sentence boundaries (and a late event from a cancelled utterance) move nothing.
      if (current !== utterance || event.name !== 'word' || !block || !options.words) return;
      const span = wordSpan(text, event.charIndex, event.charLength);
      const range = span && rangeInBlock(block, span);
      if (range) options.words.show(range);
    };
    utterance.onend = () => {
      if (current === utterance) speakAt(index + 1);
    };
    utterance.onerror = (event) => {
      if (current !== utterance) return;
      // cancel() raises 'interrupted' or 'canceled' on the old utterance: that is us, not a failure.
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      // A failure ends the reading: no paragraph stays highlighted as if it were being read, and Play starts afresh.
      current = null;
      engine.cancel();
      status = 'error';
      error = event.error || undefined;
      failedAt = index;
      index = -1;
      mark(-1);
      emit();
    };
    current = utterance;
    engine.speak(utterance);
    emit();
  }

  function finish(): void {
    current = null;
    engine.cancel();
    status = 'idle';
    index = -1;
    mark(-1);
    emit();
  }

  return {
    play() {
      if (status === 'paused' && restartOnPlay) {
        speakAt(index);
      } else if (status === 'paused') {
        status = 'playing';
        engine.resume();
        emit();
      } else if (status !== 'playing') {
        speakAt(index >= 0 ? index : 0);
      }
    },
    pause() {
      if (status !== 'playing') return;
      status = 'paused';
      engine.pause();
      emit();
    },
    toggle() {
      if (status === 'playing') this.pause();
      else this.play();
    },
    next() {
      speakAt(Math.min((index >= 0 ? index : failedAt) + 1, blocks.length));
    },
    previous() {
      speakAt(Math.max((index >= 0 ? index : failedAt) - 1, 0));
    },
    stop: finish,
    setRate(value) {
      rate = value;
      // The new speed applies from the start of the current paragraph: an utterance's rate is fixed once spoken.
      if (status === 'playing') speakAt(index);
      else {
        restartOnPlay = status === 'paused';
        emit();
      }
    },
    voiceChanged() {
      // Like the rate, a voice is fixed once an utterance is spoken.
      if (status === 'playing') speakAt(index);
      else restartOnPlay = status === 'paused';
    },
    state,
  };
}

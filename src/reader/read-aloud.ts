/**
 * Read aloud with the browser's own speech synthesis: nothing leaves the
 * machine, no voice is downloaded. One utterance per paragraph, because
 * Chrome stops long utterances after about 15 seconds (crbug.com/679437),
 * and because a paragraph is the unit a listener skips by and the reader
 * highlights.
 */
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
}

export interface ReadAloudOptions {
  blocks: readonly HTMLElement[];
  /** The article's language, to pick a voice that pronounces it. */
  lang: string;
  rate: number;
  engine: SpeechEngine;
  makeUtterance: (text: string) => SpeechSynthesisUtterance;
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

/** The voice for a language: exact tag, then same base language; the browser's default first among equals. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const want = lang.toLowerCase().replace(/_/g, '-');
  const base = want.split('-')[0] ?? '';
  const tag = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace(/_/g, '-');
  const rank = (list: SpeechSynthesisVoice[]) => list.find((v) => v.default) ?? list.find((v) => v.localService) ?? list[0] ?? null;
  return rank(voices.filter((v) => tag(v) === want)) ?? (base ? rank(voices.filter((v) => tag(v).split('-')[0] === base)) : null);
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

  const state = (): ReadAloudState =>
    status === 'error' ? { status, index, total: blocks.length, error } : { status, index, total: blocks.length };
  const emit = () => options.onChange?.(state());

  function mark(i: number): void {
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
    mark(i);
    const utterance = options.makeUtterance((blocks[i]?.textContent ?? '').replace(/\s+/g, ' ').trim());
    utterance.lang = options.lang;
    utterance.rate = rate;
    const voice = pickVoice(engine.getVoices(), options.lang);
    if (voice) utterance.voice = voice;
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
      if (status === 'paused') {
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
      else emit();
    },
    state,
  };
}

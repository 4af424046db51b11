import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createReadAloud, READING_CLASS, readableBlocks, type ReadAloudState, type SpeechEngine } from '../../src/reader/read-aloud';
import { speechErrorKey } from '../../src/reader/render-listen-panel';
import { pickVoice } from '../../src/reader/speech-voice';

const { document } = new JSDOM('').window;

interface FakeUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechSynthesisVoice | null;
  onend: (() => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onboundary: ((e: { name: string; charIndex: number; charLength?: number }) => void) | null;
}

/** A speech engine that speaks nothing and lets the test end each utterance. */
function fakeEngine(voices: Array<Partial<SpeechSynthesisVoice>> = []) {
  const spoken: FakeUtterance[] = [];
  const calls: string[] = [];
  const engine: SpeechEngine = {
    speak: (u) => {
      spoken.push(u as unknown as FakeUtterance);
      calls.push('speak');
    },
    cancel: () => {
      calls.push('cancel');
      // Like the browsers: cancelling raises an error event on what was being spoken.
      const last = spoken[spoken.length - 1];
      last?.onerror?.({ error: 'interrupted' });
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    getVoices: () => voices as SpeechSynthesisVoice[],
  };
  const makeUtterance = (text: string) =>
    ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null, onboundary: null }) as unknown as SpeechSynthesisUtterance;
  return { engine, makeUtterance, spoken, calls };
}

function article(): HTMLElement {
  const body = document.createElement('div');
  body.append(JSDOM.fragment('<h2>Head</h2><p>One.</p><blockquote><p>Quoted.</p></blockquote><ul><li>Item</li></ul><p>  </p><p>Two.</p>'));
  return body;
}

describe('readableBlocks', () => {
  it('lists the blocks in reading order, each once, the empty ones left out', () => {
    expect(readableBlocks(article()).map((b) => b.textContent)).toEqual(['Head', 'One.', 'Quoted.', 'Item', 'Two.']);
  });
});

describe('pickVoice', () => {
  const v = (lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
    ({ lang, name: lang, default: false, localService: false, voiceURI: lang, ...extra }) as SpeechSynthesisVoice;
  it('prefers the exact language, then the same base language, then nothing', () => {
    const voices = [v('en-US'), v('ar-SA'), v('de-DE'), v('de-AT', { default: true })];
    expect(pickVoice(voices, 'de-AT')?.lang).toBe('de-AT');
    expect(pickVoice(voices, 'de')?.lang).toBe('de-AT');
    expect(pickVoice(voices, 'ar_EG')?.lang).toBe('ar-SA');
    expect(pickVoice(voices, 'fr')).toBeNull();
  });
});

describe('createReadAloud', () => {
  it('reads paragraph after paragraph, marking the one being read, and stops at the end', () => {
    const body = article();
    const blocks = readableBlocks(body);
    const { engine, makeUtterance, spoken } = fakeEngine([{ lang: 'en-GB', default: true }]);
    const states: ReadAloudState[] = [];
    const reader = createReadAloud({ blocks, lang: 'en', rate: 1.25, engine, makeUtterance, onChange: (s) => states.push(s) });
    reader.play();
    expect(spoken[0]).toMatchObject({ text: 'Head', lang: 'en', rate: 1.25 });
    expect(spoken[0]?.voice?.lang).toBe('en-GB');
    expect(body.querySelectorAll('.reading-now')).toHaveLength(1);
    expect(blocks[0]?.classList.contains('reading-now')).toBe(true);
    for (let i = 0; i < blocks.length; i++) spoken[spoken.length - 1]?.onend?.();
    expect(spoken.map((u) => u.text)).toEqual(['Head', 'One.', 'Quoted.', 'Item', 'Two.']);
    expect(reader.state()).toEqual({ status: 'idle', index: -1, total: 5 });
    expect(body.querySelectorAll('.reading-now')).toHaveLength(0);
    // prettier-ignore
    expect(states.map((s) => s.status)).toEqual(['playing', 'playing', 'playing', 'playing', 'playing', 'idle']);
  });

  it('skips forward and back, pauses and resumes, and a cancelled paragraph does not advance the reading', () => {
    const blocks = readableBlocks(article());
    const { engine, makeUtterance, spoken, calls } = fakeEngine();
    const reader = createReadAloud({ blocks, lang: 'en', rate: 1, engine, makeUtterance });
    reader.play();
    reader.next();
    reader.next();
    expect(reader.state().index).toBe(2);
    // The first utterance ending late (after it was cancelled) must not move the reading on.
    spoken[0]?.onend?.();
    expect(reader.state().index).toBe(2);
    reader.previous();
    expect(spoken[spoken.length - 1]?.text).toBe('One.');
    reader.toggle();
    expect(reader.state().status).toBe('paused');
    reader.toggle();
    expect(reader.state().status).toBe('playing');
    expect(calls).toContain('pause');
    expect(calls).toContain('resume');
    reader.setRate(2);
    expect(spoken[spoken.length - 1]).toMatchObject({ text: 'One.', rate: 2 });
    reader.stop();
    expect(reader.state().status).toBe('idle');
  });

  it('reports a real synthesis failure, and not the interruption its own cancel causes', () => {
    const blocks = readableBlocks(article());
    const { engine, makeUtterance, spoken } = fakeEngine();
    const reader = createReadAloud({ blocks, lang: 'en', rate: 1, engine, makeUtterance });
    reader.play();
    reader.next();
    expect(reader.state().status).toBe('playing');
    spoken[spoken.length - 1]?.onerror?.({ error: 'synthesis-failed' });
    expect(reader.state().status).toBe('error');
    reader.play();
    expect(reader.state().status).toBe('playing');
  });

  it('on a failure, takes the highlight off, says which failure, and starts again from the top', () => {
    const blocks = readableBlocks(article());
    const { engine, makeUtterance, spoken } = fakeEngine();
    const reader = createReadAloud({ blocks, lang: 'ar', rate: 1, engine, makeUtterance });
    reader.play();
    reader.next();
    expect(blocks.filter((b) => b.classList.contains(READING_CLASS))).toHaveLength(1);
    spoken[spoken.length - 1]?.onerror?.({ error: 'language-unavailable' });
    expect(reader.state()).toEqual({ status: 'error', index: -1, total: blocks.length, error: 'language-unavailable' });
    expect(blocks.filter((b) => b.classList.contains(READING_CLASS))).toHaveLength(0);
    expect(speechErrorKey(reader.state().error)).toBe('speechFailedVoice');
    expect(speechErrorKey('not-allowed')).toBe('speechFailedBlocked');
    expect(speechErrorKey('synthesis-failed')).toBe('speechFailed');
    reader.play();
    expect(reader.state()).toEqual({ status: 'playing', index: 0, total: blocks.length });
  });

  it('after a failure, Next and Previous step from the paragraph that failed, not from the top', () => {
    const blocks = readableBlocks(article());
    const { engine, makeUtterance, spoken } = fakeEngine();
    const reader = createReadAloud({ blocks, lang: 'en', rate: 1, engine, makeUtterance });
    reader.play();
    reader.next();
    reader.next();
    spoken[spoken.length - 1]?.onerror?.({ error: 'synthesis-failed' });
    expect(reader.state().index).toBe(-1);
    reader.next();
    expect(reader.state()).toEqual({ status: 'playing', index: 3, total: blocks.length });
    spoken[spoken.length - 1]?.onerror?.({ error: 'synthesis-failed' });
    reader.previous();
    expect(reader.state()).toEqual({ status: 'playing', index: 2, total: blocks.length });
    // Once reading has gone on, a later Next counts from where it is, not from the old failure.
    reader.next();
    expect(reader.state().index).toBe(3);
  });

  it('highlights the word each word boundary names, inside the paragraph being read, and ignores the rest', () => {
    const body = document.createElement('div');
    body.append(JSDOM.fragment('<p>First <b>bold</b>   words here.</p><p>Second one.</p>'));
    const blocks = readableBlocks(body);
    const { engine, makeUtterance, spoken } = fakeEngine();
    const shown: string[] = [];
    const words = { show: (r: Range) => shown.push(r.toString()), clear: () => shown.push('(clear)') };
    const reader = createReadAloud({ blocks, lang: 'en', rate: 1, engine, makeUtterance, words });
    reader.play();
    const first = spoken[0];
    expect(first?.text).toBe('First bold words here.');
    first?.onboundary?.({ name: 'word', charIndex: 0, charLength: 5 });
    first?.onboundary?.({ name: 'word', charIndex: 6, charLength: 4 });
    // No length (some engines): the word runs to its end.
    first?.onboundary?.({ name: 'word', charIndex: 11 });
    // Sentence boundaries mark nothing.
    first?.onboundary?.({ name: 'sentence', charIndex: 0, charLength: 22 });
    expect(shown).toEqual(['(clear)', 'First', 'bold', 'words']);
    reader.next();
    // A late boundary of the cancelled utterance must not paint a word of the old paragraph.
    first?.onboundary?.({ name: 'word', charIndex: 17, charLength: 4 });
    spoken[spoken.length - 1]?.onboundary?.({ name: 'word', charIndex: 7, charLength: 3 });
    expect(shown.slice(4)).toEqual(['(clear)', 'one']);
    reader.stop();
    expect(shown[shown.length - 1]).toBe('(clear)');
  });

  it('reads with the voice it is given, and starts the paragraph again when the voice or the speed changes', () => {
    const blocks = readableBlocks(article());
    const { engine, makeUtterance, spoken } = fakeEngine();
    let chosen = { voiceURI: 'a', lang: 'en-US' } as SpeechSynthesisVoice;
    const reader = createReadAloud({ blocks, lang: 'en', rate: 1, engine, makeUtterance, voice: () => chosen });
    reader.play();
    reader.next();
    expect(spoken[spoken.length - 1]).toMatchObject({ text: 'One.', voice: { voiceURI: 'a' } });
    chosen = { voiceURI: 'b', lang: 'en-GB' } as SpeechSynthesisVoice;
    reader.voiceChanged();
    expect(spoken[spoken.length - 1]).toMatchObject({ text: 'One.', voice: { voiceURI: 'b' } });
    // Changed while paused: Play starts the paragraph again in the new speed instead of resuming the old utterance.
    reader.pause();
    const before = spoken.length;
    reader.setRate(1.5);
    expect(spoken).toHaveLength(before);
    reader.play();
    expect(spoken[spoken.length - 1]).toMatchObject({ text: 'One.', rate: 1.5 });
    expect(reader.state().status).toBe('playing');
    // An ordinary pause and play resumes, it does not start over.
    reader.pause();
    reader.play();
    expect(spoken).toHaveLength(before + 1);
  });
});

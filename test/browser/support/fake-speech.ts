import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName } from '../harness/browsers';
import { testExtensionDir } from '../harness/test-extension';

/** The voices the fake engine lists, a moment after the page loads (as Chrome fills its list). */
export const FAKE_VOICES = [
  { voiceURI: 'fake:en-US:ava', name: 'Fake Ava', lang: 'en-US', default: true, localService: true },
  { voiceURI: 'fake:en-GB:oliver', name: 'Fake Oliver', lang: 'en-GB', default: false, localService: true },
  { voiceURI: 'fake:de-DE:klaus', name: 'Fake Klaus', lang: 'de-DE', default: false, localService: true },
];

/** What the fake engine has been asked to speak, read in one go. */
export interface FakeSpeechLook {
  spoken: Array<{ text: string; rate: number; lang: string; voice: string | null }>;
  /** The utterance being spoken now, or null. */
  current: string | null;
  paused: boolean;
}

/**
 * A speech engine that speaks nothing: it records each utterance and lets the
 * test say when a word is reached (a "boundary" event) and when the utterance
 * ends, so nothing depends on a real voice or on time. Plain JavaScript, run
 * as a classic script before the reader's own module (popup.html), so the
 * reader finds it as speechSynthesis when it starts. With #no-highlight-api
 * in the page's address the CSS Custom Highlight API is hidden, to check the
 * fallback.
 */
const FAKE_SPEECH = String.raw`(() => {
  const g = globalThis;
  if (g.__fakeSpeech) return;
  const voices = ${JSON.stringify(FAKE_VOICES)};
  let listed = [];
  const listeners = [];
  const state = { spoken: [], current: null, paused: false };
  class FakeUtterance {
    constructor(text) {
      this.text = text; this.lang = ''; this.rate = 1; this.pitch = 1; this.volume = 1; this.voice = null;
      this.onend = null; this.onerror = null; this.onboundary = null; this.onstart = null;
    }
  }
  const engine = {
    get speaking() { return state.current !== null; },
    get paused() { return state.paused; },
    get pending() { return false; },
    speak(u) { state.current = u; state.paused = false; state.spoken.push(u); },
    cancel() {
      const u = state.current;
      state.current = null;
      state.paused = false;
      // Like the browsers: cancelling raises an error event on what was being spoken.
      if (u && u.onerror) u.onerror({ error: 'interrupted' });
    },
    pause() { state.paused = true; },
    resume() { state.paused = false; },
    getVoices() { return listed.slice(); },
    addEventListener(type, fn) { if (type === 'voiceschanged') listeners.push(fn); },
    removeEventListener() {},
  };
  Object.defineProperty(g, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(g, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  if (typeof location !== 'undefined' && location.hash === '#no-highlight-api' && typeof CSS !== 'undefined')
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
  setTimeout(() => { listed = voices.map((v) => ({ ...v })); for (const fn of listeners) fn(); }, 150);
  g.__fakeSpeech = {
    look() {
      return {
        spoken: state.spoken.map((u) => ({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice ? u.voice.voiceURI : null })),
        current: state.current ? state.current.text : null,
        paused: state.paused,
      };
    },
    word(charIndex, charLength) {
      const u = state.current;
      if (u && u.onboundary) u.onboundary({ name: 'word', charIndex, charLength });
    },
    end() {
      const u = state.current;
      state.current = null;
      if (u && u.onend) u.onend({});
    },
  };
})();
`;

/**
 * The test build with the fake engine in the reader's page (popup.html, also
 * the full-tab reader) and at the head of the in-page reader's content script,
 * where it becomes that script's own speechSynthesis (the page's is another).
 */
export function fakeSpeechExtension(name: BrowserName): string {
  const dir = testExtensionDir(name === 'chromium' ? 'chrome' : 'firefox');
  writeFileSync(join(dir, 'test-fake-speech.js'), FAKE_SPEECH);
  const page = join(dir, 'popup', 'popup.html');
  const html = readFileSync(page, 'utf8');
  if (!html.includes('</title>')) throw new Error('popup.html has no <title> to put the fake engine after');
  writeFileSync(page, html.replace('</title>', '</title>\n  <script src="/test-fake-speech.js"></script>'));
  const inPage = join(dir, 'content', 'in-page-reader.js');
  writeFileSync(inPage, `${FAKE_SPEECH}\n${readFileSync(inPage, 'utf8')}`);
  return dir;
}

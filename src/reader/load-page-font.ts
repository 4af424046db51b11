/**
 * OpenDyslexic (SIL Open Font License 1.1, from @fontsource/opendyslexic;
 * Latin only, other scripts fall back to the sans-serif stack) for the
 * extension's own pages. The faces ship once, inside content/reader-font.js,
 * the script the in-page reader gets too: a shadow root in Chrome cannot use
 * @font-face, so that script adds the faces to document.fonts from bytes it
 * carries, and an extension page can run the same script. A style sheet of
 * its own would have shipped every face a second time (and the unused .woff
 * copies beside them). Nothing is fetched from the web either way.
 */
import type { Settings } from '../core/settings/defaults';

export function loadDyslexicFont(): void {
  if (document.querySelector('script[data-reader-font]')) return;
  const script = document.createElement('script');
  script.src = '/content/reader-font.js';
  script.dataset.readerFont = '';
  document.head.append(script);
}

/** Loads the faces once the settings ask for them (or at once, where the font's own sample is on show). */
export function loadDyslexicFontWhenChosen(subscribe: (listener: (s: Settings) => void) => void, current: Settings): void {
  const check = (s: Settings) => {
    if (s.font === 'dyslexic') loadDyslexicFont();
  };
  check(current);
  subscribe(check);
}

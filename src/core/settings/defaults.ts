/**
 * Every setting and its default, in one place. The Settings type is derived
 * from this object, so a setting cannot exist without a default.
 */
export const DEFAULTS = {
  /** Schema version of what is stored; migrations bring older data up to it. */
  version: 2,
  /** 'contrast': white on black with yellow links; 'custom': the three colours below. */
  theme: 'system' as 'system' | 'light' | 'sepia' | 'dark' | 'contrast' | 'custom',
  font: 'serif' as 'serif' | 'sans' | 'dyslexic',
  /** Body text size in the full-tab and in-page reader, px (the popup uses 2 px less). */
  fontSize: 19,
  /** Line length, in em. */
  lineWidth: 36,
  lineHeight: 1.58,
  /** Extra space between letters and between words, in em (0 is the face's own spacing). */
  letterSpacing: 0,
  wordSpacing: 0,
  /** 'justify' sets the body justified and hyphenated (in the article's language). */
  textAlign: 'start' as 'start' | 'justify',
  /** The custom theme's colours, `#rrggbb` only (repairSettings refuses anything else: they end up in CSS). */
  customText: '#1f1f1f',
  customBackground: '#fbfaf7',
  customLink: '#1a4f9c',
  hideImages: false,
  /** Read-aloud speed, as SpeechSynthesisUtterance.rate (1 is the voice's normal pace). */
  speechRate: 1,
  /**
   * The read-aloud voice chosen for each language: base language ("de") → the voice's voiceURI.
   * Per language, because a German voice reading an English article is no choice at all; a
   * language not listed gets the best voice for it (speech-voice.ts).
   */
  speechVoices: {} as Record<string, string>,
  /** Hosts (example.com) where articles open in the reader by themselves. */
  autoSites: [] as string[],
  /** Open every article page in the reader, on all sites but the excluded ones. */
  autoAllSites: false,
  autoExcludedSites: [] as string[],
  /**
   * Also forget reading positions when the user clears the browser's history. Off by
   * default: it needs the optional "history" permission, asked for when the box is ticked
   * (and given back when it is cleared). Synced like the rest, but each browser acts on it
   * only where it holds the permission.
   */
  forgetPositionsWithHistory: false,
};

export type Settings = typeof DEFAULTS;

/** Bounds for the numeric settings; the options page and the repair step share them. */
export const LIMITS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineWidth: { min: 24, max: 60, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.05 },
  letterSpacing: { min: 0, max: 0.12, step: 0.01 },
  wordSpacing: { min: 0, max: 0.4, step: 0.02 },
  speechRate: { min: 0.5, max: 2, step: 0.1 },
} as const;

/**
 * Bounds on the remembered voices: they live in the one synced settings item (8,192 bytes),
 * so a corrupted or hand-edited map cannot crowd out the rest. 16 languages of 160-character
 * URIs is under 3 KB; real voiceURIs are 10–60 characters.
 */
export const VOICE_LIMITS = { languages: 16, uriLength: 160 } as const;

import { describe, expect, it } from 'vitest';
import { chooseVoice, pickVoice, voiceLanguage, voicesFor, type Voice } from '../../src/reader/speech-voice';

const v = (lang: string, name: string, extra: Partial<Voice> = {}): Voice => ({
  lang,
  name,
  voiceURI: `uri:${name}`,
  default: false,
  localService: true,
  ...extra,
});

// Roughly what Chrome on a desktop lists: local voices and the network ones, several regions of a language.
const voices = [
  v('en-US', 'Google US English', { localService: false }),
  v('en-GB', 'Google UK English Female', { localService: false }),
  v('en-US', 'Samantha', { default: true }),
  v('en_GB', 'Daniel'),
  v('de-DE', 'Anna'),
  v('de-AT', 'Google Deutsch Österreich', { localService: false }),
  v('fr-CA', 'Amélie'),
  v('fr-FR', 'Thomas'),
];

describe('voiceLanguage', () => {
  it('keys a choice by base language, whatever the spelling of the tag', () => {
    expect(voiceLanguage('de-AT')).toBe('de');
    expect(voiceLanguage(' EN_gb ')).toBe('en');
    expect(voiceLanguage('fil-PH')).toBe('fil');
    expect(voiceLanguage('')).toBe('');
    expect(voiceLanguage('x-klingon')).toBe('');
  });
});

describe('voicesFor', () => {
  it('lists only the voices of the language: the exact region first, then default, local, by name', () => {
    expect(voicesFor(voices, 'en-GB').map((x) => x.name)).toEqual(['Daniel', 'Google UK English Female', 'Samantha', 'Google US English']);
    expect(voicesFor(voices, 'en').map((x) => x.name)).toEqual(['Samantha', 'Daniel', 'Google UK English Female', 'Google US English']);
    expect(voicesFor(voices, 'fr-FR').map((x) => x.name)).toEqual(['Thomas', 'Amélie']);
    expect(voicesFor(voices, 'ar')).toEqual([]);
    expect(voicesFor(voices, '')).toEqual([]);
  });
});

describe('pickVoice', () => {
  it('prefers the exact language, then the same base language, then nothing', () => {
    expect(pickVoice(voices, 'de-AT')?.name).toBe('Google Deutsch Österreich');
    expect(pickVoice(voices, 'de-CH')?.name).toBe('Anna');
    expect(pickVoice(voices, 'en')?.name).toBe('Samantha');
    expect(pickVoice(voices, 'ja')).toBeNull();
  });
});

describe('chooseVoice', () => {
  it('takes the voice remembered for the language, for any region of it', () => {
    const remembered = { en: 'uri:Google UK English Female', de: 'uri:Google Deutsch Österreich' };
    expect(chooseVoice(voices, 'en-US', remembered)?.name).toBe('Google UK English Female');
    expect(chooseVoice(voices, 'en', remembered)?.name).toBe('Google UK English Female');
    expect(chooseVoice(voices, 'de-DE', remembered)?.name).toBe('Google Deutsch Österreich');
    // Nothing remembered for French: the best French voice.
    expect(chooseVoice(voices, 'fr-FR', remembered)?.name).toBe('Thomas');
  });

  it('passes over a remembered voice that is gone, or that speaks another language', () => {
    expect(chooseVoice(voices, 'en-US', { en: 'uri:Uninstalled' })?.name).toBe('Samantha');
    // A German voice remembered under "en" (hand-edited or synced from a browser that mislabels it) is not used for English.
    expect(chooseVoice(voices, 'en-US', { en: 'uri:Anna' })?.name).toBe('Samantha');
    expect(chooseVoice([], 'en', { en: 'uri:Samantha' })).toBeNull();
  });
});

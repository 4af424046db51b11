/**
 * Which voice reads an article: pure choices over the list the browser's
 * speech engine gives (speechSynthesis.getVoices()), so they can be tested
 * without one.
 */

/** The part of SpeechSynthesisVoice these choices read. */
export type Voice = Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang' | 'default' | 'localService'>;

const tag = (lang: string) => lang.trim().toLowerCase().replace(/_/g, '-');

/** The key a voice choice is remembered under: the base language ("de" for de-AT), or '' for none. */
export function voiceLanguage(lang: string): string {
  const base = tag(lang).split('-')[0] ?? '';
  return /^[a-z]{2,3}$/.test(base) ? base : '';
}

/**
 * The voices that can read this language, best first: the exact language and
 * region (de-AT for de-AT), then the rest of the language; within each, the
 * browser's default, then voices on this machine (which work offline and
 * report word boundaries more often), then by name so the list is stable.
 */
export function voicesFor<V extends Voice>(voices: readonly V[], lang: string): V[] {
  const want = tag(lang);
  const base = voiceLanguage(lang);
  if (!base) return [];
  const score = (v: V) => (tag(v.lang) === want ? 0 : 4) + (v.default ? 0 : 2) + (v.localService ? 0 : 1);
  return voices
    .filter((v) => voiceLanguage(v.lang) === base)
    .map((v) => ({ v, s: score(v) }))
    .sort((a, b) => a.s - b.s || a.v.name.localeCompare(b.v.name))
    .map(({ v }) => v);
}

/** The voice for a language: exact tag, then same base language; the browser's default first among equals. */
export function pickVoice<V extends Voice>(voices: readonly V[], lang: string): V | null {
  return voicesFor(voices, lang)[0] ?? null;
}

/**
 * The voice to read with: the one the reader chose for this language if it
 * is still installed and still speaks the language, else the best match.
 * Null when no installed voice speaks the language: the utterance then goes
 * out with only its lang set, and the engine says whether it can read it.
 */
export function chooseVoice<V extends Voice>(voices: readonly V[], lang: string, remembered: Readonly<Record<string, string>>): V | null {
  const candidates = voicesFor(voices, lang);
  const uri = remembered[voiceLanguage(lang)];
  return (uri ? candidates.find((v) => v.voiceURI === uri) : undefined) ?? candidates[0] ?? null;
}

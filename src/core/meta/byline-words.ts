/**
 * The word a language puts before an author's name ("By Jane Doe", "Von Max
 * Muster"), by language subtag. A language missing here gets no word at all:
 * the name alone, set apart by the meta line's neutral separator. Russian
 * and Arabic papers mostly print the bare name, so they are left out on
 * purpose: an English "By" spliced into their line is what this avoids.
 */
export const BYLINE_WORDS: Readonly<Record<string, string>> = {
  en: 'By',
  de: 'Von',
  fr: 'Par',
  es: 'Por',
  pt: 'Por',
  it: 'Di',
  nl: 'Door',
};

/** The byline word for a BCP 47 tag, or null (unknown language, or one that uses none). */
export function bylineWordFor(lang: string | null | undefined): string | null {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return BYLINE_WORDS[base] ?? null;
}

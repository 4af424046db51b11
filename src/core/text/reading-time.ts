/**
 * Minutes to read a text. Adults read about 230 words a minute in English
 * and similar alphabetic languages; countWords() counts CJK characters one
 * by one, and readers get through about 400 of those a minute.
 */
const CHARACTER_LANGS = /^(zh|ja|ko)\b/i;

export function readingMinutes(wordCount: number, lang?: string | null): number {
  if (!(wordCount > 0)) return 0;
  const perMinute = lang && CHARACTER_LANGS.test(lang) ? 400 : 230;
  return Math.max(1, Math.round(wordCount / perMinute));
}

import { AGENCIES } from './agencies';
import { BYLINE_WORDS, bylineWordFor } from './byline-words';
import { splitDateTail } from './split-date-tail';

export interface Byline {
  /** Who wrote it, without a leading "By" and without a date or agency glued on. */
  name: string;
  /**
   * The page's byline names its own role ("Analysis by …", "Текст: …",
   * "Reporting by …"): it is shown as written and gets no word before it.
   */
  labelled: boolean;
  /** A news agency that came glued to the name ("… TUCKERAssociated Press"), shown as its own part. */
  agency: string | null;
}

// A label and a colon ("Текст:", "Photo:", "Interview:"), not a time ("10:45").
const COLON_LABEL = /^[\p{L}][\p{L}\p{M} .'’&-]{0,30}?\s*[:：]\s*\S/u;
// A role before the by-word: "Analysis by", "Reporting by", "Ein Kommentar von", "Texte par".
const ROLE_BY = /^[\p{L}][\p{L}\p{M} ]{0,30}?\s(?:by|von|par|por|door)\s+\S/iu;
// A byline that only credits a picture is not an author: it has no place in the meta line.
const PHOTO_ONLY =
  /^(?:photos?|photograph(?:s|y)?|pictures?|images?|fotos?|fotografie|bild(?:er)?|фото(?:графия)?|صور(?:ة)?|تصوير)\s*(?:[:：]|by\b|von\b|de\b)/iu;
const SEPARATORS = /^[\s,;|·•/–—-]+|[\s,;|·•/–—-]+$/gu;
const TRAILING_AND = /\s+(?:and|und|et|y|и|و)$/iu;

/**
 * A page's byline made fit for the line under the headline, in any
 * language, or null when nothing of an author is left. See describe-meta.ts
 * for how it is shown.
 */
export function cleanByline(raw: string | null | undefined, lang: string | null | undefined): Byline | null {
  let text = (raw ?? '').replace(/\s+/g, ' ').replace(SEPARATORS, '').trim();
  if (!text) return null;
  if (PHOTO_ONLY.test(text) && !/[;,].*[:：]/u.test(text)) return null;
  const dated = splitDateTail(text);
  if (dated) text = dated.head;
  const labelled = COLON_LABEL.test(text) || ROLE_BY.test(text);
  if (!labelled) {
    const stripped = stripBylineWord(text, lang);
    if (stripped === null) return { name: text, labelled: true, agency: null };
    text = stripped;
  }
  let agency: string | null = null;
  const withAgency = splitAgency(text);
  if (withAgency) ({ name: text, agency } = withAgency);
  text = text.replace(SEPARATORS, '').trim();
  return text ? { name: text, labelled, agency } : null;
}

/**
 * Takes the by-word off the front: English "By" always (the web's default),
 * and the article language's own word. With the language unknown, a byline
 * that starts with another language's word is kept as written (null): "Von
 * Miller" may be a name.
 */
function stripBylineWord(text: string, lang: string | null | undefined): string | null {
  const words = ['by', bylineWordFor(lang)?.toLowerCase()].filter((w): w is string => !!w);
  for (const word of words) {
    const match = text.match(new RegExp(`^${word}[\\s:]+`, 'iu'));
    if (match) return text.slice(match[0].length).replace(SEPARATORS, '').trim();
  }
  if (!lang) {
    const first = text.split(' ')[0]?.toLowerCase() ?? '';
    if (Object.values(BYLINE_WORDS).some((w) => w.toLowerCase() === first) && text.includes(' ')) return null;
  }
  return text;
}

function splitAgency(text: string): { name: string; agency: string } | null {
  for (const agency of AGENCIES) {
    if (!text.endsWith(agency) || text.length === agency.length) continue;
    const before = text.slice(0, -agency.length);
    const glued = /[\p{L}\p{M}]$/u.test(before);
    // "Jane Doe, Associated Press", "Jane DoeAssociated Press"; but not "Jane Doe-Reuters" as part of a word.
    if (!glued && !/[\s,;|·•/–—-]$/u.test(before)) continue;
    const name = before.replace(SEPARATORS, '').replace(TRAILING_AND, '').trim();
    if (/\p{L}/u.test(name)) return { name, agency };
  }
  return null;
}

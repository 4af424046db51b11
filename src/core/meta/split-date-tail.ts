import { DATE_STARTS, DATE_WORDS, RELATIVE_DATE } from './date-words';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const NUMBER_TOKEN = /^\p{Nd}+(?:st|nd|rd|th|er|e)?$/u;
const HAS_YEAR_OR_TIME = /(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})|(?<!\p{Nd})\p{Nd}{1,2}[:.h]\p{Nd}{2}(?!\p{Nd})/u;
// What joins a name to the date after it: "Jane Doe, Monday…", "Jane Doe | 18.11.2019", "Jane Doe on May 5, 2020".
const TRAILING_JOINER = /(?:[\s,;|·•/–—-]+|\s+(?:on|at|am|um|le|el|в|في))+$/iu;

/**
 * Splits a date or time off the end of a byline: pages print the author and
 * the date in neighbouring elements, and their text comes out glued
 * ("by Jane DoeMonday, November 18, 2019", "Иван Петров18 ноября 2019,
 * 10:45"). The tail must be nothing but date words and numbers, and name a
 * year, a time or a relative day ("2 hours ago", "Yesterday"), so a name
 * that merely contains "May" or "August" stays.
 */
export function splitDateTail(text: string): { head: string; tail: string } | null {
  for (let i = 1; i < text.length; i++) {
    const c = text[i] ?? '';
    const prev = text[i - 1] ?? '';
    if (!WORD_CHAR.test(c)) continue;
    const rest = text.slice(i);
    const first = firstToken(rest);
    if (WORD_CHAR.test(prev)) {
      // Inside a run of letters: only where a date visibly begins (a digit after a letter, or a month or weekday name).
      const digitAfterLetter = DIGIT.test(c) && !DIGIT.test(prev);
      if (!digitAfterLetter && !DATE_STARTS.has(first)) continue;
      if (!digitAfterLetter && !startsWord(rest, first)) continue;
    } else if (!DIGIT.test(c) && !DATE_WORDS.has(first)) {
      continue;
    }
    if (!isDateText(rest)) continue;
    const head = text.slice(0, i).replace(TRAILING_JOINER, '').trim();
    if (/\p{L}/u.test(head)) return { head, tail: rest.trim() };
  }
  return null;
}

function firstToken(text: string): string {
  return (text.match(/^[\p{L}\p{M}]+|^\p{Nd}+/u)?.[0] ?? '').toLowerCase();
}

/** "Monday…" starts a word at "M" only if the letters after the month name are not more of a longer word. */
function startsWord(rest: string, token: string): boolean {
  const after = rest.slice(token.length, token.length + 1);
  return !after || !/\p{Ll}/u.test(after);
}

function isDateText(text: string): boolean {
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{Nd}]+/u)
    .filter(Boolean);
  if (!tokens.length || !tokens.every((t) => NUMBER_TOKEN.test(t) || DATE_WORDS.has(t))) return false;
  return HAS_YEAR_OR_TIME.test(text) || tokens.some((t) => RELATIVE_DATE.has(t));
}

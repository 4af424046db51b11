import { moreWordsThan, normalizeForCompare } from '../text/normalize-for-compare';
import { CREDIT_PATTERNS, DATELINE } from './boilerplate-phrases';

// A dateline or a credit is a line, not a paragraph.
const MAX_WORDS = 16;
const YEAR = /^(19|20)\d\d$/;

/**
 * Whether a block is only a dateline or a byline with a date: "Updated Nov 19,
 * 9:41 AM; Posted Nov 18, 8:19 PM", "By Ann Lee - 11/18/19 11:04 PM EST",
 * "November 20, 2019 / 1:07 AM / CBS News". It needs a date or a time, a
 * leading keyword or a clock time, and at most a fifth of its words outside
 * the dateline vocabulary (a site or author name). "March 3, 2019: 45 votes"
 * has neither keyword nor clock, so a dated fact of the story stays.
 */
export function isDateline(text: string): boolean {
  if (moreWordsThan(text, MAX_WORDS)) return false;
  const norm = normalizeForCompare(text);
  if (!norm) return false;
  const words = norm.split(' ');
  if (words.length > MAX_WORDS) return false;
  let dated = false,
    clock = false,
    other = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d+$/.test(w)) {
      if (YEAR.test(w) || /^\d{1,2}$/.test(w)) dated = true;
      continue;
    }
    if (DATELINE.months.has(w)) {
      dated = true;
      continue;
    }
    if (DATELINE.clock.has(w)) {
      if (w !== 'a' && w !== 'm' && w !== 'et' && w !== 'pt') clock = true;
      continue;
    }
    if (DATELINE.weekdays.has(w) || DATELINE.keywords.has(w)) continue;
    other++;
  }
  // "9:41", "10 h 12", "8 p.m.": a clock reading, judged on the raw text ("14 11 6 15" is a score line).
  if (/\b\d{1,2}:\d{2}\b|\b\d{1,2} ?h ?\d{2}\b|\b\d{1,2}[.:]\d{2} ?(?:uhr|h)\b|\b\d{1,2} ?[ap]\.?m\b/i.test(text)) clock = true;
  if (!dated && !clock) return false;
  if (!clock && !DATELINE.leads.test(norm)) return false;
  // A lead keyword ("By", "Updated") may carry a name or a site; otherwise a quarter of the words at most.
  const allowed = DATELINE.leads.test(norm) ? 3 : Math.min(3, Math.floor(words.length / 4));
  return other <= allowed && other < words.length / 2;
}

/** Whether a short block only credits a picture: "Photo: Ann Lee, AP", "(Image: © NASA)". */
export function isCredit(text: string): boolean {
  if (moreWordsThan(text, 10)) return false;
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || normalizeForCompare(t).split(' ').length > 10) return false;
  return CREDIT_PATTERNS.some((re) => re.test(t));
}

/**
 * A publication date worth showing, or null. Pages fill their date fields
 * with placeholders ("0001-01-01T00:00:00", "January 1, 1") and with
 * mistakes (a year far in the future); showing those is worse than showing
 * nothing. A date must name a four-digit year after 1990 (before that there
 * was no web to publish on) and lie no more than a day ahead of now (time
 * zones put honest dates up to a day ahead).
 */
const DAY_MS = 86_400_000;
const FIRST_YEAR = 1991;

export function plausibleDate(value: string | null | undefined, now: Date = new Date()): Date | null {
  if (!value) return null;
  const text = value.trim();
  // The year as written: Date.parse reads "January 1, 1" as 2001, so the parsed value alone cannot tell.
  const years = text.match(/(?<!\d)\d{4}(?!\d)/g);
  if (!years) return null;
  const date = new Date(text);
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const year = date.getUTCFullYear();
  // The parsed year must be one the text names (±1 for a time zone across New Year).
  if (!years.some((y) => Math.abs(Number(y) - year) <= 1)) return null;
  if (year < FIRST_YEAR) return null;
  if (time > now.getTime() + DAY_MS) return null;
  return date;
}

/**
 * A contrast ratio as the interface shows it, in the interface's language
 * ("4.5" in English, "4,5" in German, French, Italian, Portuguese, Dutch,
 * Polish and Spanish). The locale is the browser's (`pt-BR`, or `pt_BR` as
 * extension APIs write it); a tag Intl cannot read falls back to English digits.
 *
 * The commonest tags of the interface's languages are answered from a table
 * (a test holds it to Intl's answers): the first Intl.NumberFormat of a page's
 * renderer loads ICU's data, which held the page's thread 80 ms when the
 * in-page reader's toolbar showed its contrast check.
 */
// prettier-ignore
const DECIMAL_POINT: Readonly<Record<string, '.' | ','>> = {
  en: '.', 'en-US': '.', 'en-GB': '.', de: ',', 'de-DE': ',', fr: ',', 'fr-FR': ',', it: ',', 'it-IT': ',',
  nl: ',', 'nl-NL': ',', pl: ',', 'pl-PL': ',', pt: ',', 'pt-BR': ',', 'pt-PT': ',', es: ',', 'es-ES': ',',
};
/** Beyond this the table's plain digits would want grouping (a ratio is at most 21). */
const TABLE_MAX = 1000;

export function formatRatio(ratio: number, locale: string): string {
  const tag = locale.replace(/_/g, '-');
  const point = Object.prototype.hasOwnProperty.call(DECIMAL_POINT, tag) ? DECIMAL_POINT[tag] : undefined;
  if (point && Number.isFinite(ratio) && Math.abs(ratio) < TABLE_MAX) return (Math.round(ratio * 10) / 10).toFixed(1).replace('.', point);
  const options = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  try {
    return new Intl.NumberFormat(tag, options).format(ratio);
  } catch {
    return new Intl.NumberFormat('en', options).format(ratio);
  }
}

/** The tags the table answers (for its test). */
export const TABLE_TAGS = Object.keys(DECIMAL_POINT);

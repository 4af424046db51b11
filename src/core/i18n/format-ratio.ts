/**
 * A contrast ratio as the interface shows it, in the interface's language
 * ("4.5" in English, "4,5" in German, French, Italian, Portuguese, Dutch,
 * Polish and Spanish). The locale is the browser's (`pt-BR`, or `pt_BR` as
 * extension APIs write it); a tag Intl cannot read falls back to English digits.
 */
export function formatRatio(ratio: number, locale: string): string {
  const tag = locale.replace(/_/g, '-');
  const options = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  try {
    return new Intl.NumberFormat(tag, options).format(ratio);
  } catch {
    return new Intl.NumberFormat('en', options).format(ratio);
  }
}

/**
 * WCAG 2.x contrast, for the custom colours' live check in the settings
 * form: relative luminance of an sRGB colour and the ratio of two of them
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), the same formula axe
 * uses, so the form warns exactly where an audit would.
 */

/** Body text needs at least this against its background (WCAG 2.1 AA, 1.4.3). */
export const WCAG_AA_TEXT = 4.5;

/** The only colour form settings accept: `#rrggbb`, what `<input type="color">` gives. */
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Relative luminance (0 black … 1 white) of a `#rrggbb` colour; null for anything else. */
export function relativeLuminance(hex: string): number | null {
  if (typeof hex !== 'string' || !HEX_COLOR.test(hex)) return null;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, 1 (none) to 21 (black on white); null if either is not one. */
export function contrastRatio(a: string, b: string): number | null {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The ratio as WCAG judges it: rounding up is how a 4.47:1 pair gets called
 * 4.5:1, so the ratio shown is cut, never rounded, to one decimal.
 */
export function shownRatio(ratio: number): number {
  return Math.floor(ratio * 10) / 10;
}

/** Whether a background is dark, so the page's own widgets (scroll bars, form controls) are drawn dark too. */
export function isDarkColor(hex: string): boolean {
  const l = relativeLuminance(hex);
  // Where black text and white text have the same contrast on it: sqrt(1.05 * 0.05) - 0.05.
  return l !== null && l < 0.179;
}

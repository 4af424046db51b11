/**
 * A picture no reader sees: declared 1×1 or smaller (in its attributes or
 * its inline style), or hidden by the page (the hidden attribute, an inline
 * display:none). The tiny ones are tracking pixels (a request that tells a
 * third party the article was read, and by which reader) or spacers. None is
 * promoted from a lazy attribute (core/extract/fix-lazy-images.ts), and the
 * sanitizer drops them, so the reader never asks for them.
 */
export function isUnseenPicture(img: Element): boolean {
  if (img.hasAttribute('hidden')) return true;
  const style = img.getAttribute('style') ?? '';
  if (/(?:^|;)\s*display\s*:\s*none/i.test(style)) return true;
  const fromStyle = (prop: string) => new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([\\d.]+px)`, 'i').exec(style)?.[1] ?? null;
  return tiny(img.getAttribute('width') ?? fromStyle('width')) || tiny(img.getAttribute('height') ?? fromStyle('height'));
}

function tiny(value: string | null): boolean {
  if (value === null || !/^\s*[\d.]+(?:px)?\s*$/i.test(value)) return false;
  return Number.parseFloat(value) <= 1;
}

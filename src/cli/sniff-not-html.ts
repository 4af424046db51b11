import { bomEncoding } from './decode-html';

// Magic numbers of what people most often pass by mistake: the saved page's
// images, a PDF "article", an archive of the page.
const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a WebP image', [0x52, 0x49, 0x46, 0x46]],
];

/**
 * Why these bytes are not an HTML page, or null if they might be. Runs on
 * the (already gunzipped) bytes before any parsing: jsdom would happily
 * turn a PNG into a document of mojibake and Readability would then report
 * "no article", which hides the real mistake.
 */
export function notHtmlBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty';
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return `this is ${what}, not an HTML page`;
  }
  // UTF-16 text is full of NUL bytes; only a BOM makes that legitimate.
  const bom = bomEncoding(bytes);
  if (bom !== 'utf-16le' && bom !== 'utf-16be' && bytes.subarray(0, 8192).includes(0)) {
    return 'this is a binary file (it contains NUL bytes), not an HTML page';
  }
  return null;
}

/** Why decoded text is not an HTML page: plain text has no tags at all. */
export function notHtmlText(text: string): string | null {
  if (!/<(?:!doctype|[a-z][a-z0-9-]*)[\s/>]/i.test(text)) return 'this has no HTML tags; it looks like plain text, not an HTML page';
  return null;
}

/**
 * Bytes to text the way a browser would for a saved page: a byte order mark
 * wins, then a <meta charset> (or http-equiv Content-Type) near the top,
 * then UTF-8. Node 20's TextDecoder (full ICU) knows the legacy encodings
 * old sites use: windows-1252, ISO-8859-x, Shift_JIS, GBK, KOI8-R…
 */
export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
}

// The HTML spec's prescan looks at the first 1024 bytes; saved pages often
// push the meta tag further down with comments and scripts, so look further.
const PRESCAN_BYTES = 4096;

export function decodeHtml(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  const encoding = bom ?? metaEncoding(bytes) ?? 'utf-8';
  // With fatal: false, invalid sequences become U+FFFD instead of failing the page.
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const text = decoder.decode(bytes);
  return { text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding: decoder.encoding };
}

// Bytes 0x80–0x9F in windows-1252 (and so in pages labelled latin1 or
// iso-8859-1, which browsers read as windows-1252); the five bytes it leaves
// undefined stay C1 controls, as in the WHATWG table.
const WINDOWS_1252_C1 = String.fromCharCode(
  0x20ac,
  0x81,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  0x8d,
  0x017d,
  0x8f,
  0x90,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  0x9d,
  0x017e,
  0x0178,
);

/**
 * Node 20.18.3+ decodes windows-1252 as ISO-8859-1, so curly quotes and
 * dashes come out as C1 control characters:
 * https://github.com/nodejs/node/issues/60888 (and #56542). A correct
 * decoder never produces those code points except for the undefined bytes,
 * so mapping them afterwards is right with a fixed Node too.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The encoding a <meta> tag declares, if TextDecoder knows it; null for unknown labels. */
export function metaEncoding(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    if (!label) continue;
    const encoding = knownEncoding(label);
    if (!encoding) continue;
    // A page cannot declare itself UTF-16 in ASCII-compatible bytes: the spec reads that as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

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
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
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

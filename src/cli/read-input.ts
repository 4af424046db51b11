import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './decode-html';
import { notHtmlBytes, notHtmlText } from './sniff-not-html';

export type InputResult = { ok: true; html: string; encoding: string; gzipped: boolean } | { ok: false; message: string };

// A gzip bomb should fail as one bad input, not take the machine down.
const MAX_GUNZIPPED = 256 * 1024 * 1024;

/**
 * One input as HTML text: read the bytes (a file, or standard input for
 * "-"), gunzip them if they start with the gzip magic (the name says
 * nothing: ".html" files are often gzipped by wget, ".gz" sometimes not),
 * refuse what is not HTML, decode. Never throws: a bad input is a message.
 */
export async function readInput(source: string, stdin: AsyncIterable<Uint8Array | string> = process.stdin): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await readAll(stdin) : await readFile(source);
  } catch (error) {
    return { ok: false, message: readError(error) };
  }
  const gzipped = isGzip(bytes);
  if (gzipped) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED });
    } catch (error) {
      return { ok: false, message: `cannot gunzip: ${(error as Error).message}` };
    }
  }
  const binary = notHtmlBytes(bytes);
  if (binary) return { ok: false, message: binary };
  const { text, encoding } = decodeHtml(bytes);
  const plain = notHtmlText(text);
  if (plain) return { ok: false, message: plain };
  return { ok: true, html: text, encoding, gzipped };
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read: ${(error as Error).message}`;
}

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode-html';
import { readInput } from '../../src/cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'article-cleaner-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const PAGE = '<!DOCTYPE html><html><head><title>Café</title></head><body><p>Crème brûlée — “quoted”</p></body></html>';
const noStdin = Readable.from([]);

describe('readInput', () => {
  it('reads a UTF-8 file', async () => {
    expect(await readInput(file('plain.html', PAGE), noStdin)).toEqual({ ok: true, html: PAGE, encoding: 'utf-8', gzipped: false });
  });

  it('gunzips by magic bytes, whatever the name says', async () => {
    const zipped = gzipSync(Buffer.from(PAGE));
    expect(await readInput(file('page.html', zipped), noStdin)).toMatchObject({ ok: true, html: PAGE, gzipped: true });
    expect(await readInput(file('page.html.gz', zipped), noStdin)).toMatchObject({ ok: true, html: PAGE, gzipped: true });
    expect(await readInput(file('not-zipped.gz', PAGE), noStdin)).toMatchObject({ ok: true, html: PAGE, gzipped: false });
  });

  it('says so when a gzip stream is corrupt', async () => {
    const broken = gzipSync(Buffer.from(PAGE)).subarray(0, 20);
    expect(await readInput(file('broken.gz', broken), noStdin)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^cannot gunzip/),
    });
  });

  it('reads standard input for "-", gzipped or not', async () => {
    const chunks = [Buffer.from(PAGE.slice(0, 10)), Buffer.from(PAGE.slice(10))];
    expect(await readInput('-', Readable.from(chunks))).toMatchObject({ ok: true, html: PAGE });
    expect(await readInput('-', Readable.from([gzipSync(Buffer.from(PAGE))]))).toMatchObject({ ok: true, html: PAGE, gzipped: true });
  });

  it('honours a <meta charset> that is not UTF-8', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>x</title></head><body><p>Crème “brûlée”</p></body></html>';
    const bytes = Buffer.from(html.replace('Crème “brûlée”', 'Cr\u00e8me \u0093br\u00fbl\u00e9e\u0094'), 'latin1');
    const result = await readInput(file('cp1252.html', bytes), noStdin);
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252' });
    if (result.ok) expect(result.html).toContain('<p>Crème “brûlée”</p>');
  });

  it('reads pages labelled latin1 as windows-1252, as browsers do (and despite nodejs/node#60888)', () => {
    const bytes = Buffer.from([
      ...Buffer.from('<meta charset="ISO-8859-1"><p>'),
      0x80,
      0x20,
      0x92,
      0x96,
      0xe9,
      0x81,
      ...Buffer.from('</p>'),
    ]);
    expect(decodeHtml(bytes)).toEqual({ encoding: 'windows-1252', text: '<meta charset="ISO-8859-1"><p>€ ’–é\x81</p>' });
  });

  it('honours the http-equiv form and multi-byte legacy encodings', () => {
    // "日本" in Shift_JIS.
    const head = Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>');
    const bytes = Buffer.concat([head, Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('</p></body></html>')]);
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'shift_jis', text: expect.stringContaining('<p>日本</p>') });
  });

  it('lets a byte order mark win over the meta tag, and reads UTF-16', () => {
    const html = '<html><head><meta charset="iso-8859-2"></head><body><p>Zoë ✓</p></body></html>';
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]);
    expect(decodeHtml(utf8)).toEqual({ encoding: 'utf-8', text: html });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(decodeHtml(utf16)).toEqual({ encoding: 'utf-16le', text: html });
  });

  it('reads UTF-16 with a BOM as HTML even though it is full of NUL bytes', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]);
    expect(await readInput(file('utf16.html', utf16), noStdin)).toMatchObject({ ok: true, html: PAGE, encoding: 'utf-16le' });
  });

  it('ignores unknown labels and a meta tag claiming UTF-16, falling back to UTF-8', () => {
    expect(decodeHtml(Buffer.from('<meta charset="klingon"><p>é</p>')).encoding).toBe('utf-8');
    expect(decodeHtml(Buffer.from('<meta charset="utf-16"><p>é</p>'))).toEqual({
      encoding: 'utf-8',
      text: '<meta charset="utf-16"><p>é</p>',
    });
  });

  it('refuses images, PDFs and binary files before parsing, saying what they are', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readInput(file('photo.html', png), noStdin)).toEqual({ ok: false, message: 'this is a PNG image, not an HTML page' });
    expect(await readInput(file('doc.html', '%PDF-1.7\n<</Type/Catalog>>'), noStdin)).toEqual({
      ok: false,
      message: 'this is a PDF document, not an HTML page',
    });
    expect(await readInput(file('blob.bin', Buffer.from([0x3c, 0x70, 0x3e, 0, 1, 2])), noStdin)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/binary file/),
    });
    expect(await readInput(file('photo.png.gz', gzipSync(png)), noStdin)).toEqual({
      ok: false,
      message: 'this is a PNG image, not an HTML page',
    });
  });

  it('refuses plain text and empty files', async () => {
    expect(await readInput(file('notes.txt', 'Just some notes, 3 < 4.\n'), noStdin)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no HTML tags/),
    });
    expect(await readInput(file('empty.html', ''), noStdin)).toEqual({ ok: false, message: 'the file is empty' });
  });

  it('reports missing files and directories without throwing', async () => {
    expect(await readInput(join(dir, 'missing.html'), noStdin)).toEqual({ ok: false, message: 'no such file' });
    mkdirSync(join(dir, 'folder'));
    expect(await readInput(join(dir, 'folder'), noStdin)).toEqual({ ok: false, message: 'is a directory, not a file' });
  });
});

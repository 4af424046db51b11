import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const iconsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// PNG colour types that carry an alpha channel: greyscale+alpha and RGBA.
const ALPHA_COLOUR_TYPES = new Set([4, 6]);

interface Chunk {
  type: string;
  data: Buffer;
}

function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = PNG_SIGNATURE.length; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe.each([16, 32, 48, 128])('icons/icon-%i.png', (size) => {
  const file = path.join(iconsDir, `icon-${size}.png`);

  it('exists and is a PNG', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it(`is ${size}x${size} with an alpha channel`, () => {
    const ihdr = chunks(readFileSync(file))[0];
    expect(ihdr?.type).toBe('IHDR');
    expect(ihdr?.data.readUInt32BE(0)).toBe(size);
    expect(ihdr?.data.readUInt32BE(4)).toBe(size);
    expect(ALPHA_COLOUR_TYPES.has(ihdr?.data[9] ?? -1)).toBe(true);
  });

  // An alpha channel alone could still be fully opaque. The rounded tile leaves the corner clear, give or take
  // the faint antialiased sliver of the 16 px tile's curve, so an opaque background would show up here.
  // Every PNG row filter leaves the first pixel of the first row as stored, so no unfiltering is needed.
  it('leaves the corner outside the tile transparent', () => {
    const png = readFileSync(file);
    const all = chunks(png);
    const ihdr = all[0]?.data;
    expect(ihdr?.[8]).toBe(8);
    expect(ihdr?.[9]).toBe(6);
    const pixels = inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data)));
    const alpha = pixels[1 + 3] ?? 255;
    expect(alpha).toBeLessThan(32);
  });
});

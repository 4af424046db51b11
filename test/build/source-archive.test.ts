/**
 * The AMO source archive: what the build reads, the instructions with the
 * pinned Node version, and a zip that reads back byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sourceEntries } from '../../scripts/lib/source-archive';
import { zipBuffer } from '../../scripts/lib/write-zip';
import { ROOT } from '../browser/harness/test-extension';

/** Reads a zip's entries back through its central directory. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localName = zip.readUInt16LE(local + 26);
    const extra = zip.readUInt16LE(local + 28);
    const start = local + 30 + localName + extra;
    out.set(name, inflateRawSync(zip.subarray(start, start + size)));
    at += 46 + nameLength;
  }
  return out;
}

describe('the AMO source archive', () => {
  const node = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
  const entries = sourceEntries(ROOT, node, '9.9.9');
  const names = entries.map((e) => e.name);

  it('holds everything the build reads', () => {
    // prettier-ignore
    for (const f of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'scripts/build.ts', '.nvmrc', 'LICENSE']) {
      expect(names, f).toContain(f);
    }
    const tracked = execFileSync('git', ['ls-files', 'src', 'icons'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(tracked.length).toBeGreaterThan(50);
    expect(tracked.filter((f) => !names.includes(f))).toEqual([]);
    expect(names.some((n) => n.startsWith('test/') || n.startsWith('bench/'))).toBe(false);
  });

  it('comes with build instructions naming the pinned Node version', () => {
    expect(node).toMatch(/^\d+\.\d+\.\d+$/);
    const instructions = entries.find((e) => e.name === 'SOURCE-BUILD.md')!.data.toString('utf8');
    expect(instructions).toContain(`Node.js ${node}`);
    expect(instructions).toContain('npm ci');
    expect(instructions).toContain('npm run build');
    expect(instructions).toContain('dist/firefox/');
  });

  it('zips and reads back byte for byte', () => {
    const sample = entries.filter((e) => ['package.json', 'manifest.json', 'SOURCE-BUILD.md', 'icons/icon-128.png'].includes(e.name));
    const back = readZip(zipBuffer(sample));
    expect([...back.keys()].sort()).toEqual(sample.map((e) => e.name).sort());
    for (const e of sample) expect(back.get(e.name)!.equals(e.data), e.name).toBe(true);
  });
});

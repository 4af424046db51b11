import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveManifests, type Manifest } from '../../src/build/derive-manifests';
import { ROOT } from '../browser/harness/test-extension';

// The built manifests when there is a build, else the source through the same derivation the build uses.
function manifests(): Array<[string, Manifest]> {
  const built = (['chrome', 'firefox'] as const).map((b) => join(ROOT, 'dist', b, 'manifest.json'));
  if (built.every((p) => existsSync(p))) return built.map((p) => [p, JSON.parse(readFileSync(p, 'utf8')) as Manifest]);
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const { chrome, firefox } = deriveManifests(source, version);
  return [
    ['chrome (derived)', chrome],
    ['firefox (derived)', firefox],
  ];
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe('extension pages carry a strict Content-Security-Policy', () => {
  it.each(manifests())('%s', (_where, manifest) => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    expect(csp, 'content_security_policy.extension_pages').toBeTypeOf('string');
    const d = directives(csp!);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    // Everything not named below comes from the extension's own files only.
    expect(d.get('default-src')).toEqual(["'self'"]);
    // "No requests of its own", enforced: no fetch, XHR, WebSocket, EventSource or beacon to anywhere.
    expect(d.get('connect-src')).toEqual(["'none'"]);
    expect(d.get('font-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('frame-src')).toEqual(["'none'"]);
    // The article's own pictures and media are the one thing from elsewhere (the sanitizer lets through
    // only http(s) and data:image addresses); no other directive may name a remote source.
    expect(d.get('img-src')).toEqual(["'self'", 'https:', 'http:', 'data:']);
    expect(d.get('media-src')).toEqual(['https:', 'http:']);
    const rest = Array.from(d)
      .filter(([name]) => name !== 'img-src' && name !== 'media-src')
      .map(([name, values]) => `${name} ${values.join(' ')}`)
      .join('; ');
    // Nothing that would let page markup run: no inline scripts, eval or remote hosts anywhere else in the policy.
    expect(rest).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|https?:|\*|data:|blob:/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|blob:/);
  });
});

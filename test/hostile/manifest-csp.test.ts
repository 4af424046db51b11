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
  return [['chrome (derived)', chrome], ['firefox (derived)', firefox]];
}

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!.toLowerCase(), values]));
}

describe('extension pages carry a strict Content-Security-Policy', () => {
  it.each(manifests())('%s', (_where, manifest) => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    expect(csp, 'content_security_policy.extension_pages').toBeTypeOf('string');
    const d = directives(csp!);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    // Nothing that would let page markup run: no inline scripts, eval or remote hosts anywhere in the policy.
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|https?:|\*|data:|blob:/);
  });
});

/**
 * The manifest asks for exactly what the README's "Permissions, and why"
 * table justifies, in both directions: a permission without a row fails, and
 * so does a row whose permission is gone. Host permissions are only ever
 * optional, asked for one site at a time; never granted at install.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../browser/harness/test-extension';
import { builtManifest, ensureBuilt, TARGETS } from './built-extension';

/** The README table's first column: `name` for a permission, optional `pattern` for an optional host permission. */
function readmePermissions(): { rows: string[]; why: Map<string, string> } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Permissions, and why\s*$([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Permissions, and why" section');
  const why = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = /^\|(.*)\|\s*$/
      .exec(line.trim())?.[1]
      ?.split('|')
      .map((c) => c.trim());
    if (!cells || cells.length < 2 || /^-+$/.test(cells[0]!.replace(/\s/g, '')) || cells[0] === 'permission') continue;
    const [, optional, name] = /^(optional\s+)?`([^`]+)`$/.exec(cells[0]!) ?? [];
    if (!name) throw new Error(`README permissions row not understood: ${line}`);
    why.set(`${optional ? 'optional ' : ''}${name}`, cells[1]!);
  }
  return { rows: [...why.keys()], why };
}

function manifestPermissions(manifest: Record<string, unknown>): string[] {
  const list = (key: string) => (manifest[key] as string[] | undefined) ?? [];
  return [
    ...list('permissions'),
    ...list('optional_permissions').map((p) => `optional ${p}`),
    ...list('optional_host_permissions').map((p) => `optional ${p}`),
  ];
}

describe('the README justifies every permission, and only those', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('reads the table (the comparison is not vacuous)', () => {
    const { rows, why } = readmePermissions();
    expect(rows).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    for (const [name, reason] of why) expect(reason.length, `why ${name}`).toBeGreaterThan(10);
  });

  it.each(TARGETS)('%s: manifest permissions = README rows', (target) => {
    const manifest = builtManifest(target);
    const asked = manifestPermissions(manifest).sort();
    const { rows: all, why } = readmePermissions();
    // A row whose reason begins "Chrome only" is for the Chrome manifest alone (derive-manifests.ts drops it for Firefox).
    const rows = target === 'firefox' ? all.filter((r) => !/^Chrome only\b/.test(why.get(r) ?? '')) : all;
    expect(
      asked.filter((p) => !rows.includes(p)),
      'in the manifest, without a README row',
    ).toEqual([]);
    expect(
      rows.filter((r) => !asked.includes(r)),
      'a README row, but not in the manifest',
    ).toEqual([]);
  });

  it.each(TARGETS)('%s: no host permission at install, no static content script, nothing the web can reach', (target) => {
    const manifest = builtManifest(target);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    // Pages could detect the extension by a web-accessible resource, or message it if externally connectable.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });
});

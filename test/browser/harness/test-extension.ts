import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const GECKO_ID = 'article-cleaner@article-cleaner.dev';
/** Fixed so the tests can address the extension's pages in Firefox. */
export const FIREFOX_UUID = '6f1c7a3e-9d2b-4c55-8e1a-2b3c4d5e6f70';
export const TEST_HOST_PERMISSION = '*://127.0.0.1/*';

/**
 * A copy of the production build with one extra host permission for the
 * fixture server. A popup opened by a test does not get the activeTab grant
 * a real click gives; this stands in for it, in the test copy only.
 */
export function testExtensionDir(browser: 'chrome' | 'firefox', distRoot = join(ROOT, 'dist')): string {
  // distRoot: another build's dist/ (bench:pathological --old compares a build of an earlier commit).
  const built = join(distRoot, browser);
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`${built} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), `article-cleaner-${browser}-`));
  cpSync(built, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [TEST_HOST_PERMISSION];
  // The optional "history" permission, granted at install in the test copy only, so the options page's
  // request resolves without a prompt a driver cannot answer (both browsers accept a request for a held permission).
  manifest.permissions = [...((manifest.permissions as string[] | undefined) ?? []), 'history'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

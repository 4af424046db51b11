/**
 * npm run build: the extension pages and the content script with Vite, then
 * one unpacked extension per browser, each with its own manifest derived
 * from the single top-level manifest.json.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { deriveManifests, type Manifest } from '../src/build/derive-manifests';
import { CLASSIC_SCRIPTS, classicScriptConfig, pagesConfig, STAGE_DIR } from '../vite.config';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;

await build(pagesConfig);
for (const output of Object.keys(CLASSIC_SCRIPTS) as Array<keyof typeof CLASSIC_SCRIPTS>) await build(classicScriptConfig(output));

const manifests = deriveManifests(source, pkg.version);
for (const target of ['chrome', 'firefox'] as const) {
  const out = resolve(root, 'dist', target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(STAGE_DIR, out, { recursive: true });
  mkdirSync(resolve(out, 'icons'), { recursive: true });
  cpSync(resolve(root, 'src/_locales'), resolve(out, '_locales'), { recursive: true });
  for (const size of [16, 32, 48, 128]) cpSync(resolve(root, `icons/icon-${size}.png`), resolve(out, `icons/icon-${size}.png`));
  writeFileSync(resolve(out, 'manifest.json'), `${JSON.stringify(manifests[target], null, 2)}\n`);
}
rmSync(STAGE_DIR, { recursive: true, force: true });

console.log(`built dist/chrome and dist/firefox (version ${pkg.version})`);
for (const output of Object.keys(CLASSIC_SCRIPTS)) {
  const code = readFileSync(resolve(root, 'dist/chrome', output));
  console.log(`${output}: ${code.length} bytes minified, ${gzipSync(code).length} gzipped`);
}
console.log(`popup page: ${statSync(resolve(root, 'dist/chrome/popup/popup.html')).size} bytes`);

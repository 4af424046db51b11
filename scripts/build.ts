/**
 * npm run build: the extension pages and the content script with Vite, then
 * one unpacked extension per browser, each with its own manifest derived
 * from the single top-level manifest.json.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Plugin } from 'vite';
import { deriveManifests, type Manifest } from '../src/build/derive-manifests';
import { privacyPage } from '../src/build/privacy-page';
import { bundledPackage, formatNotices, type BundledPackage } from '../src/build/third-party-notices';
import { CLASSIC_SCRIPTS, classicScriptConfig, pagesConfig, STAGE_DIR } from '../vite.config';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;

// Every third-party package whose modules end up in a bundle, for the notices shipped beside it.
const bundled = new Set<string>();
const collectPackages: Plugin = {
  name: 'article-cleaner:collect-packages',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, info] of Object.entries(chunk.modules)) {
        const name = bundledPackage(id);
        if (name && info.renderedLength > 0) bundled.add(name);
      }
    }
  },
};
const withCollector = (config: InlineConfig): InlineConfig => ({ ...config, plugins: [...(config.plugins ?? []), collectPackages] });

await build(withCollector(pagesConfig));
for (const output of Object.keys(CLASSIC_SCRIPTS)) await build(withCollector(classicScriptConfig(output)));

function describePackage(name: string): BundledPackage {
  const dir = resolve(root, 'node_modules', name);
  const meta = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
  const files = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)/i.test(f))
    .sort();
  if (!files.length) throw new Error(`${name} is bundled but ships no license file: its notice cannot be written`);
  return {
    name,
    version: meta.version,
    license: meta.license ?? 'see below',
    texts: files.map((file) => ({ file, text: readFileSync(resolve(dir, file), 'utf8') })),
  };
}
const notices = formatNotices([...bundled].map(describePackage));

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
  cpSync(resolve(root, 'LICENSE'), resolve(out, 'LICENSE'));
  writeFileSync(resolve(out, 'THIRD-PARTY-NOTICES.txt'), notices);
  writeFileSync(resolve(out, 'privacy.html'), privacyPage(readFileSync(resolve(root, 'PRIVACY.md'), 'utf8')));
}
rmSync(STAGE_DIR, { recursive: true, force: true });

console.log(`built dist/chrome and dist/firefox (version ${pkg.version}); bundled packages: ${[...bundled].sort().join(', ')}`);
for (const output of Object.keys(CLASSIC_SCRIPTS)) {
  const code = readFileSync(resolve(root, 'dist/chrome', output));
  console.log(`${output}: ${code.length} bytes minified, ${gzipSync(code).length} gzipped`);
}
console.log(`popup page: ${statSync(resolve(root, 'dist/chrome/popup/popup.html')).size} bytes`);

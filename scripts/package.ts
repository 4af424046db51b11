/**
 * npm run package: store-ready zips of both builds, in dist/packages/, and
 * the source archive AMO asks for (the bundles are minified) with the
 * instructions to rebuild them, using the Node version pinned in .nvmrc.
 * web-ext zips the Firefox build (and checks it); the Chrome zip uses the
 * same tool, since a Chrome Web Store upload is a plain zip too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sourceEntries } from './lib/source-archive';
import { writeZip } from './lib/write-zip';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const nodeVersion = readFileSync(resolve(root, '.nvmrc'), 'utf8').trim();
const webExt = resolve(root, 'node_modules/.bin/web-ext');
const out = resolve(root, 'dist/packages');

execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
for (const target of ['chrome', 'firefox']) {
  execFileSync(
    webExt,
    [
      'build',
      '--source-dir',
      resolve(root, 'dist', target),
      '--artifacts-dir',
      out,
      '--filename',
      `article-cleaner-${target}-${version}.zip`,
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}
mkdirSync(out, { recursive: true });
const sources = `article-cleaner-${version}-sources.zip`;
const entries = sourceEntries(root, nodeVersion, version);
writeZip(resolve(out, sources), entries);
console.log(
  `packages in dist/packages/: article-cleaner-chrome-${version}.zip, article-cleaner-firefox-${version}.zip, ${sources} (${entries.length} files, build instructions in SOURCE-BUILD.md)`,
);

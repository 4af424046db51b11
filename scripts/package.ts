/**
 * npm run package: store-ready zips of both builds, in dist/packages/.
 * web-ext zips the Firefox build (and checks it); the Chrome zip uses the
 * same tool, since a Chrome Web Store upload is a plain zip too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const webExt = resolve(root, 'node_modules/.bin/web-ext');

execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
for (const target of ['chrome', 'firefox']) {
  execFileSync(webExt, [
    'build', '--source-dir', resolve(root, 'dist', target), '--artifacts-dir', resolve(root, 'dist/packages'),
    '--filename', `article-cleaner-${target}-${version}.zip`, '--overwrite-dest', '--no-config-discovery',
  ], { cwd: root, stdio: 'inherit' });
}
console.log(`packages in dist/packages/: article-cleaner-chrome-${version}.zip, article-cleaner-firefox-${version}.zip`);

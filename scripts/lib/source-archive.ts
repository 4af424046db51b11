/**
 * The source archive AMO asks for when an add-on's code is minified: every
 * file the build reads, as committed, with the instructions to rebuild the
 * exact dist/firefox from it. Tests, benchmarks and screenshots are left
 * out: the build does not read them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ZipEntry } from './write-zip';

/** Not read by `npm run build`. */
const LEFT_OUT = /^(test|bench|docs|samples|\.ci)\/|^\.gitignore$/;

export function sourceEntries(root: string, nodeVersion: string, version: string): ZipEntry[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const files = tracked.filter((f) => !LEFT_OUT.test(f)).sort();
  const entries = files.map((name) => ({ name, data: readFileSync(resolve(root, name)) }));
  return [{ name: 'SOURCE-BUILD.md', data: Buffer.from(buildInstructions(nodeVersion, version)) }, ...entries];
}

export function buildInstructions(nodeVersion: string, version: string): string {
  return `# Building Article Cleaner ${version} from this source

The add-on's scripts are bundled and minified by Vite; this archive holds
everything the build reads. To produce the exact files of the uploaded
package:

1. Install Node.js ${nodeVersion} (the version in \`.nvmrc\`; any 20.19 or later
   builds the same bundles) and npm, on Linux, macOS or Windows.
2. In this folder: \`npm ci\` (installs the exact versions pinned in
   package-lock.json from the npm registry).
3. \`npm run build\`: writes \`dist/firefox/\` (and \`dist/chrome/\`).
4. \`dist/firefox/\` is the content of the uploaded package
   (\`npm run package\` zips it to \`dist/packages/\`).

No other tool, network access or generated file is involved: the bundled
libraries (listed with their licenses in \`dist/firefox/THIRD-PARTY-NOTICES.txt\`)
come from node_modules as installed by step 2, unmodified.
`;
}

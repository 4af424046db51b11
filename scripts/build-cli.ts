import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the bin shim (bin/article-cleaner.js) expects the built CLI. */
export const CLI_OUT_DIR = resolve(root, 'dist/cli');
export const CLI_FILE = resolve(CLI_OUT_DIR, 'article-cleaner.js');

/**
 * Bundles src/cli/main.ts into one ESM file for Node. Our own code is
 * bundled; runtime dependencies (jsdom, dompurify, Readability…) stay
 * imports, resolved from node_modules at run time, because they are in
 * `dependencies` and jsdom does not survive bundling (it reads files
 * relative to itself).
 */
export async function buildCli(): Promise<string> {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const deps = Object.keys(pkg.dependencies ?? {});
  const external = [...builtinModules, /^node:/, ...deps.map((d) => new RegExp(`^${d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:/|$)`))];
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    ssr: { target: 'node', external: deps },
    build: {
      ssr: resolve(root, 'src/cli/main.ts'),
      outDir: CLI_OUT_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        external,
        // The jsdom pipeline is a lazily imported chunk (see run-cli.ts); stable names keep dist/cli readable.
        output: { format: 'es', entryFileNames: 'article-cleaner.js', chunkFileNames: '[name].js' },
      },
    },
  });
  return CLI_FILE;
}

// Run directly by `npm run build:cli` and `prepare`; imported by the end-to-end tests.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const file = await buildCli();
  console.log(`built ${file}`);
}

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
// Every injected or registered script, named once (src/core/messages/injected-scripts.ts).
import { SCRIPTS } from './src/core/messages/injected-scripts';

const READER_WORK = 'reader-work';
const root = fileURLToPath(new URL('.', import.meta.url));
/** Where one build is staged before scripts/build.ts copies it into dist/chrome and dist/firefox. */
export const STAGE_DIR = resolve(root, 'dist/.stage');

/**
 * Extension pages (popup, full-tab reader): ordinary Vite HTML entries, ES
 * modules, code split so the key-figures library loads as its own chunk.
 */
export const pagesConfig: InlineConfig = {
  configFile: false,
  root: resolve(root, 'src'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: STAGE_DIR,
    emptyOutDir: true,
    target: ['chrome120', 'firefox140'],
    modulePreload: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        popup: resolve(root, 'src/popup/popup.html'),
        options: resolve(root, 'src/options/options.html'),
        offscreen: resolve(root, 'src/offscreen/offscreen.html'),
        [READER_WORK]: resolve(root, SCRIPTS.readerWork.source),
      },
      // Firefox's background imports the reading module by the path the contract gives it, and calls its exports.
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: (chunk) => (chunk.name === READER_WORK ? SCRIPTS.readerWork.file : 'assets/[name]-[hash].js') },
    },
  },
};

/**
 * Content scripts and the background run as classic scripts: scripts
 * injected with scripting.executeScript or registered as content scripts
 * cannot be ES modules, and a classic background works in both browsers.
 * Each is one self-contained IIFE, no imports, no chunks.
 */
export const CLASSIC_SCRIPTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(SCRIPTS)
    .filter((script) => script.kind !== 'module')
    .map((script) => [script.file, script.source]),
);

export function classicScriptConfig(output: string): InlineConfig {
  const source = CLASSIC_SCRIPTS[output];
  if (!source) throw new Error(`${output} is not one of the scripts in src/core/messages/injected-scripts.ts`);
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: STAGE_DIR,
      emptyOutDir: false,
      target: ['chrome120', 'firefox140'],
      sourcemap: false,
      // The reading module is the pages' build's (an ES module); Firefox's background imports it at run time.
      rollupOptions: { external: [`/${SCRIPTS.readerWork.file}`], makeAbsoluteExternalsRelative: false },
      lib: {
        entry: resolve(root, source),
        formats: ['iife'],
        name: 'articleCleaner',
        fileName: () => output,
      },
    },
  };
}

// `vite build` alone builds the pages; `npm run build` runs the whole set.
export default defineConfig(pagesConfig);

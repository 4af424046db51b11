import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';

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
      input: { popup: resolve(root, 'src/popup/popup.html') },
    },
  },
};

/**
 * The content script is injected with scripting.executeScript, which runs
 * classic scripts only: one self-contained IIFE, no imports, no chunks.
 */
export const contentScriptConfig: InlineConfig = {
  configFile: false,
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(STAGE_DIR, 'content'),
    emptyOutDir: false,
    target: ['chrome120', 'firefox140'],
    sourcemap: false,
    lib: {
      entry: resolve(root, 'src/content/extractor.ts'),
      formats: ['iife'],
      name: 'articleCleanerExtractor',
      fileName: () => 'extractor.js',
    },
  },
};

// `vite build` alone builds the pages; `npm run build` runs the whole set.
export default defineConfig(pagesConfig);

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
      input: { popup: resolve(root, 'src/popup/popup.html'), options: resolve(root, 'src/options/options.html') },
    },
  },
};

/**
 * Content scripts and the background run as classic scripts: scripts
 * injected with scripting.executeScript or registered as content scripts
 * cannot be ES modules, and a classic background works in both browsers.
 * Each is one self-contained IIFE, no imports, no chunks.
 */
export const CLASSIC_SCRIPTS = {
  'content/extractor.js': 'src/content/extractor.ts',
  'content/in-page-reader.js': 'src/content/in-page-reader.ts',
  'content/auto-reader.js': 'src/content/auto-reader.ts',
  'content/reader-font.js': 'src/content/reader-font.ts',
  'background.js': 'src/background/background.ts',
} as const;

export function classicScriptConfig(output: keyof typeof CLASSIC_SCRIPTS): InlineConfig {
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
      lib: {
        entry: resolve(root, CLASSIC_SCRIPTS[output]),
        formats: ['iife'],
        name: 'articleCleaner',
        fileName: () => output,
      },
    },
  };
}

// `vite build` alone builds the pages; `npm run build` runs the whole set.
export default defineConfig(pagesConfig);

/**
 * What both stores need inside the packages: our license and the notices of
 * every bundled library (minification strips their comments), each font
 * face once, no polyfill the supported browsers do not need, and a Chrome
 * minimum that matches what the bundles are compiled for.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPackage, formatNotices } from '../../src/build/third-party-notices';
import { ROOT } from '../browser/harness/test-extension';
import { builtFiles, builtManifest, ensureBuilt, TARGETS } from '../security/built-extension';
import { pagesConfig } from '../../vite.config';

beforeAll(() => ensureBuilt(), 180_000);

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe.each(TARGETS)('dist/%s', (target) => {
  const dir = join(ROOT, 'dist', target);

  it('carries our MIT license', () => {
    const text = readFileSync(join(dir, 'LICENSE'), 'utf8');
    expect(text).toMatch(/^MIT License/);
    expect(text).toContain('Copyright (c) 2026 Article Cleaner contributors');
    expect(text).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
  });

  it('carries the notice and full license text of every bundled library and the font', () => {
    const notices = readFileSync(join(dir, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const [name, license, marker] of [
      ['dompurify', 'MPL-2.0 OR Apache-2.0', 'Mozilla Public License'],
      ['@mozilla/readability', 'Apache-2.0', 'Apache License'],
      ['compromise', 'MIT', 'Spencer Kelly'],
      ['@fontsource/opendyslexic', 'OFL-1.1', 'SIL OPEN FONT LICENSE Version 1.1'],
    ] as const) {
      const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      expect(notices).toContain(`- ${name} ${version} (`);
      expect(notices).toContain(license);
      expect(notices).toContain(marker);
    }
  });

  it('ships each OpenDyslexic face once: inside reader-font.js, no .woff or .woff2 files beside it', () => {
    const fonts = allFiles(dir).filter((f) => /\.woff2?$/.test(f));
    expect(fonts).toEqual([]);
    const js = builtFiles(target, /\.js$/);
    const carriers = [...js].filter(([, code]) => code.includes('data:font/woff2;base64,')).map(([path]) => path);
    expect(carriers).toEqual(['content/reader-font.js']);
    const faces = js.get('content/reader-font.js')!.match(/data:font\/woff2;base64,/g) ?? [];
    expect(faces).toHaveLength(2);
  });

  it('bundles webextension-polyfill for the background and pages only, never in a content script', () => {
    // Content scripts run inside pages that can clobber `browser`; the polyfill throws there.
    const marker = 'This script should only be loaded in a browser extension';
    const carriers = [...builtFiles(target, /\.js$/)].filter(([, code]) => code.includes(marker)).map(([path]) => path);
    expect(carriers.filter((path) => path.startsWith('content/'))).toEqual([]);
    expect(carriers).toContain('background.js');
  });

  // 1.34 MB after this session's merges (the popup's own article decision and
  // the meta line in the extractor, the scored decision in the in-page reader,
  // five languages' figure words); the fonts shipped twice were 0.7 MB more.
  it('weighs less than 1.45 MB unpacked', () => {
    const bytes = allFiles(dir).reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes).toBeLessThan(1_450_000);
  });
});

describe('the Chrome minimum', () => {
  it('is the Chrome version the bundles are compiled for, and stays out of the Firefox manifest', () => {
    const targets = [pagesConfig.build?.target].flat().map(String);
    const chrome = targets.find((t) => t.startsWith('chrome'))?.replace('chrome', '');
    expect(chrome).toMatch(/^\d+$/);
    expect(builtManifest('chrome').minimum_chrome_version).toBe(chrome);
    expect(builtManifest('firefox')).not.toHaveProperty('minimum_chrome_version');
  });
});

describe('third-party notices', () => {
  it('name the package a bundled module came from', () => {
    expect(bundledPackage('/w/node_modules/dompurify/dist/purify.es.mjs')).toBe('dompurify');
    expect(bundledPackage('/w/node_modules/@fontsource/opendyslexic/files/x.woff2?inline')).toBe('@fontsource/opendyslexic');
    expect(bundledPackage('/w/node_modules/compromise/node_modules/efrt/src/index.js')).toBe('efrt');
    expect(bundledPackage('/w/src/core/article.ts')).toBeNull();
    expect(bundledPackage('\0vite/preload-helper')).toBeNull();
  });

  it('list every package with its whole license text', () => {
    const text = formatNotices([
      { name: 'b-lib', version: '1.0.0', license: 'MIT', texts: [{ file: 'LICENSE', text: 'B TEXT' }] },
      { name: 'a-lib', version: '2.0.0', license: 'ISC', texts: [{ file: 'LICENSE', text: 'A TEXT' }] },
    ]);
    expect(text.indexOf('- a-lib 2.0.0 (ISC)')).toBeLessThan(text.indexOf('- b-lib 1.0.0 (MIT)'));
    expect(text).toContain('A TEXT');
    expect(text).toContain('B TEXT');
  });

  it('exist in the repository too (LICENSE)', () => {
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
  });
});

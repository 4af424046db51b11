import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import zones of eslint.config.js, tried on one-line files placed in
 * each layer: a forbidden import must fail lint with the zone's rule, an
 * allowed one must pass. The files are linted as text, never written.
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function ruleIds(file: string, importPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as x from '${importPath}';\nexport const y = x;\n`, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const forbidden: [file: string, imports: string][] = [
  ['src/core/meta/x.ts', 'webextension-polyfill'],
  ['src/core/meta/x.ts', 'jsdom'],
  ['src/core/meta/x.ts', '../../reader/h'],
  ['src/core/meta/x.ts', '../../node/parse-document'],
  ['src/core/meta/x.ts', '../../platform/extension-api'],
  ['src/core/meta/x.ts', '../../popup/popup'],
  ['src/core/extract/x.ts', '../clean/leaf-blocks'],
  ['src/core/extract/x.ts', '../pipeline/extract-article'],
  ['src/core/clean/x.ts', '../extract/clone-document'],
  ['src/core/clean/x.ts', '../pipeline/read-page'],
  ['src/core/detect/x.ts', '../pipeline/extract-article'],
  ['src/core/clean/x.ts', '../../reader/h'],
  ['src/core/extract/x.ts', 'jsdom'],
  ['src/content/x.ts', '../platform/browser-api'],
  ['src/content/x.ts', '../platform/browser-global'],
  ['src/content/x.ts', 'webextension-polyfill'],
  ['src/content/x.ts', '../popup/load-article'],
  ['src/reader/x.ts', '../platform/browser-api'],
  ['src/reader/x.ts', '../background/background'],
  ['src/popup/x.ts', '../content/snapshot-page'],
  ['src/popup/x.ts', 'webextension-polyfill'],
  ['src/background/x.ts', '../popup/popup'],
  ['src/background/x.ts', '../reader/h'],
  ['src/platform/x.ts', '../popup/popup'],
  ['src/platform/x.ts', 'jsdom'],
  ['src/cli/x.ts', '../platform/extension-api'],
  ['src/cli/x.ts', '../reader/h'],
  ['src/options/x.ts', '../background/background'],
];

const allowed: [file: string, imports: string][] = [
  ['src/core/meta/x.ts', '../text/reading-time'],
  ['src/core/sanitize/x.ts', 'dompurify'],
  ['src/core/pipeline/x.ts', '../clean/clean-article'],
  ['src/core/pipeline/x.ts', '../extract/clone-document'],
  ['src/core/clean/x.ts', '../text/link-density'],
  ['src/core/extract/x.ts', '../sanitize/parse-inert-document'],
  ['src/content/x.ts', '../platform/extension-api'],
  ['src/content/x.ts', '../platform/content-runtime'],
  ['src/content/x.ts', '../reader/h'],
  ['src/reader/x.ts', '../platform/settings-store'],
  ['src/popup/x.ts', '../platform/browser-api'],
  ['src/platform/x.ts', 'webextension-polyfill'],
  ['src/background/x.ts', '../platform/browser-api'],
  ['src/cli/x.ts', '../node/parse-document'],
  ['src/node/x.ts', 'jsdom'],
];

describe('import zones', () => {
  it.each(forbidden)(
    '%s may not import %s',
    async (file, path) => {
      expect(await ruleIds(file, path)).toContain('no-restricted-imports');
    },
    30_000,
  );

  it.each(allowed)(
    '%s may import %s',
    async (file, path) => {
      expect(await ruleIds(file, path)).toEqual([]);
    },
    30_000,
  );

  it('the core may not reach for the extension globals', async () => {
    const [result] = await eslint.lintText('export const id = chrome.runtime.id;\n', { filePath: 'src/core/meta/x.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });
});

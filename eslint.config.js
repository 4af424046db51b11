// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// HTML strings become DOM in one place only, src/core/sanitize/, through DOMPurify.
const htmlSinks = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Turn HTML into DOM only through src/core/sanitize (DOMPurify).',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|parseFromString|createContextualFragment|write|writeln|setHTMLUnsafe)$/]',
    message: 'Turn HTML into DOM only through src/core/sanitize (DOMPurify).',
  },
];

// One Translate type (src/core/i18n/translate.ts), not one per file: nine copies had drifted to two signatures.
const oneTranslate = {
  selector: 'TSTypeAliasDeclaration[id.name="Translate"]',
  message: 'Import the Translate type from src/core/i18n/translate.ts.',
};

const polyfill = { group: ['webextension-polyfill'], message: 'Import browser APIs from src/platform only.' };
const jsdom = { group: ['jsdom'], message: 'jsdom is for Node only: src/node/.' };
const layers = (names, message) => ({ group: names.map((n) => `**/${n}/**`), message });

const corePatterns = [
  { group: ['webextension-polyfill'], message: 'src/core is pure: browser APIs live in src/platform.' },
  jsdom,
  layers(['platform', 'popup', 'background', 'content', 'cli', 'reader', 'node', 'options', 'build'], 'src/core imports only src/core.'),
];

function zones() {
  const zone = (files, patterns, extra = {}) => ({ files, ...extra, rules: { 'no-restricted-imports': ['error', { patterns }] } });
  return [
    // Everything but the browser layer: the extension API (and its types, from @types/webextension-polyfill) is src/platform's.
    zone(['src/**/*.ts'], [polyfill], { ignores: ['src/platform/**'] }),
    zone(['src/core/**/*.ts'], corePatterns),
    // Inside the core, the pipeline (core/pipeline/) sits above its stages: no stage imports it, and the copy
    // stage (extract/) and the cleaning stage (clean/) do not import each other; what both need lives below
    // them (text/, sanitize/). Same patterns as the core zone above, plus the stage's own.
    ...[
      ['extract', ['pipeline', 'clean']],
      ['clean', ['pipeline', 'extract']],
    ].map(([stage, above]) =>
      zone(
        [`src/core/${stage}/**/*.ts`],
        [...corePatterns, layers(above, `core/${stage} may not import core/${above.join(' or core/')}.`)],
      ),
    ),
    zone(['src/core/**/*.ts'], [...corePatterns, layers(['pipeline'], 'The pipeline is above every stage: no stage imports it.')], {
      ignores: ['src/core/pipeline/**', 'src/core/extract/**', 'src/core/clean/**'],
    }),
    // Code that runs inside web pages (content scripts, and the reader they render): never the polyfill,
    // which breaks on pages that hide the extension API; extension-api.ts and content-runtime.ts are safe there.
    zone(
      ['src/content/**/*.ts', 'src/reader/**/*.ts'],
      [
        polyfill,
        jsdom,
        {
          group: ['**/platform/browser-api', '**/platform/browser-global'],
          message: 'In pages, reach the extension through platform/extension-api.ts or content-runtime.ts, never the polyfill.',
        },
        layers(
          ['popup', 'background', 'options', 'cli', 'node', 'build'],
          'Page scripts import only core, reader and the page-safe platform modules.',
        ),
      ],
    ),
    zone(
      ['src/popup/**/*.ts', 'src/options/**/*.ts'],
      [
        polyfill,
        jsdom,
        layers(
          ['content', 'background', 'cli', 'node', 'build'],
          'Extension pages talk to content scripts and the background by messages, not imports.',
        ),
      ],
    ),
    zone(
      ['src/offscreen/**/*.ts'],
      [
        polyfill,
        jsdom,
        layers(
          ['popup', 'content', 'background', 'reader', 'options', 'cli', 'node', 'build'],
          'The reading context imports only core and platform.',
        ),
      ],
    ),
    zone(
      ['src/background/**/*.ts'],
      [
        polyfill,
        jsdom,
        layers(['popup', 'content', 'reader', 'options', 'cli', 'node', 'build'], 'The background imports only core and platform.'),
      ],
    ),
    zone(
      ['src/platform/**/*.ts'],
      [
        jsdom,
        layers(
          ['popup', 'content', 'background', 'reader', 'options', 'cli', 'node', 'build'],
          'src/platform is the thin browser layer under every context: it imports only core.',
        ),
      ],
    ),
    zone(
      ['src/cli/**/*.ts', 'src/node/**/*.ts'],
      [
        polyfill,
        layers(
          ['platform', 'popup', 'content', 'background', 'reader', 'options'],
          'The command-line tool runs the core in Node: no browser code.',
        ),
      ],
    ),
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'bench/results/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/sanitize/**', 'src/cli/**'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, oneTranslate] },
  },
  // Import zones: which layer may import which (the README's map of src/). In flat config the last
  // matching object's rule wins, so every zone lists its whole set; test/build/lint-zones.test.ts
  // checks that each forbidden import fails.
  ...zones(),
  // The pure core runs in Node and in every browser context: no extension globals either.
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-globals': ['error', 'browser', 'chrome'] } },
);

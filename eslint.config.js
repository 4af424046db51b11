// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// HTML strings become DOM in one place only, src/core/sanitize/, through DOMPurify.
const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Turn HTML into DOM only through src/core/sanitize (DOMPurify).' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|parseFromString|createContextualFragment|write|writeln|setHTMLUnsafe)$/]", message: 'Turn HTML into DOM only through src/core/sanitize (DOMPurify).' },
];

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
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks] },
  },
  {
    // The extension API (and its types, from @types/webextension-polyfill) is the browser layer's only: src/platform/.
    files: ['src/**/*.ts'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['webextension-polyfill'], message: 'Import browser APIs from src/platform only.' },
      ] }],
    },
  },
  {
    // The pure core runs in Node and in every browser context: no extension APIs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['webextension-polyfill'], message: 'src/core is pure: browser APIs live in src/platform.' },
        { group: ['**/platform/**', '**/popup/**', '**/background/**', '**/content/**', '**/cli/**'], message: 'src/core imports only src/core.' },
      ] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);

import { defineConfig } from 'vitest/config';

// Unit and golden-page tests: pure core under Node, DOM from jsdom. Browser tests have their own config.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    pool: 'forks',
  },
});

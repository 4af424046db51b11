import { defineConfig } from 'vitest/config';

// Real Chromium and Firefox driving the built extension (npm run build first). One browser at a time: two cores.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});

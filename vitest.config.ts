import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/bench/**', '**/node_modules/**'],
    globalSetup: ['test/setup/prism-global.ts', 'test/setup/canary-global.ts'],
    setupFiles: ['test/setup/canary-watch.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Core's tests (and every suite that reaches core through a wrapper) run its sources, so
    // a test never passes against a dist/ older than the code it is about.
    alias: [
      { find: /^@specsmith\/core$/, replacement: fileURLToPath(new URL('packages/core/src/index.ts', import.meta.url)) },
      { find: /^@specsmith\/core\/contract$/, replacement: fileURLToPath(new URL('packages/core/src/contract/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/bench/**', '**/node_modules/**'],
    globalSetup: ['test/setup/prism-global.ts', 'test/setup/canary-global.ts'],
    setupFiles: ['test/setup/canary-watch.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

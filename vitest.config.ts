import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// CI (and scripts/test-node-versions.mjs) name a JSON report file here rather than on the command
// line, so `npm test` can run more than one vitest process, each writing its own report.
const jsonReport = process.env['SPECSMITH_VITEST_JSON'];

export default defineConfig({
  resolve: {
    // Core's tests (and every suite that reaches core through a wrapper) run its sources, so
    // a test never passes against a dist/ older than the code it is about.
    alias: [
      { find: /^@specsmith\/core$/, replacement: fileURLToPath(new URL('packages/core/src/index.ts', import.meta.url)) },
      { find: /^@specsmith\/core\/contract$/, replacement: fileURLToPath(new URL('packages/core/src/contract/index.ts', import.meta.url)) },
      { find: /^@specsmith\/core\/fleet$/, replacement: fileURLToPath(new URL('packages/core/src/fleet/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/bench/**', '**/node_modules/**'],
    globalSetup: ['test/setup/prism-global.ts', 'test/setup/canary-global.ts'],
    setupFiles: ['test/setup/canary-watch.ts'],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

// Browser tests (npm run test:browser): Debian's Chromium driven by playwright-core over the
// docs in generated/docs. Not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

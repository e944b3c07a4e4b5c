import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Browser tests each start Chromium; two cores are all CI has.
    maxWorkers: 2,
  },
});

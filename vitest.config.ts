import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Timing-sensitive audits run alone afterwards (vitest.serial.config.ts), not beside other workers.
    exclude: ['tests/**/*.serial.test.ts', 'node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 120_000,
    // Hooks build sites and start browsers: generous, so that a busy machine only makes them slower.
    hookTimeout: 1_200_000,
    // Browser tests each start Chromium; two cores are all CI has.
    maxWorkers: 2,
  },
});

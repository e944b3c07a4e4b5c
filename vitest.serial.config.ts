import { defineConfig } from 'vitest/config';

/** Lighthouse measures performance, so it runs with the machine to itself, after the main suite. */
export default defineConfig({
  test: {
    include: ['tests/**/*.serial.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 600_000,
    // Hooks build sites and start browsers: generous, so that a busy machine only makes them slower.
    hookTimeout: 1_200_000,
    maxWorkers: 1,
  },
});

// End-to-end tests on the built extension (dist/) in real headless Chromium and Firefox ESR. One file at a
// time: each launches browsers, and the machines this runs on have two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
  },
});

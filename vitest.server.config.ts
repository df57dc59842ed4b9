// The report service's tests: routes over HTTP, the store on PGlite and on a real PostgreSQL 15 server that
// this run starts for itself (test/server/support/postgres-setup.ts). Files run one at a time: they share
// that server, and the machines this runs on have two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/server/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    globalSetup: ['test/server/support/postgres-setup.ts'],
  },
});

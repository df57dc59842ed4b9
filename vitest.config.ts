// Unit and component tests: core in plain Node, content/background/shared with happy-dom and fakes.
// Kept apart from vite.config.ts so the crx() plugin never loads in tests.
import { defineConfig } from 'vitest/config';
import { BRANDS } from './src/core/brands/brand-lexicon.ts';
import { writeTitleBrandTable } from './src/core/brands/title-brand-table.ts';

export default defineConfig({
  define: {
    __HG_TITLE_BRANDS__: JSON.stringify(writeTitleBrandTable(BRANDS)),
    __HG_BUILD__: JSON.stringify({
      target: 'chrome', serviceUrl: 'http://localhost:8787', serviceOrigin: 'http://localhost:8787', listUrl: undefined, trustedKeys: [], syncHours: 1, reportEndpoint: 'http://localhost:8787/v1/reports',
    }),
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});

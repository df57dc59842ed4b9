/**
 * Builds one browser target per run: `TARGET=chrome` → dist/chrome, `TARGET=firefox` → dist/firefox
 * (`npm run build` runs both). The content script is emitted standalone: crxjs's default loader would list
 * its chunks in web_accessible_resources for every page, which lets any page fingerprint the extension.
 */
import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { BRANDS } from './src/core/brands/brand-lexicon.ts';
import { writeTitleBrandTable } from './src/core/brands/title-brand-table.ts';
import { serviceOrigin } from './src/shared/own-service.ts';
import { buildSettings, builtInOrigins } from './tools/build/build-settings.ts';
import { copyStaticFiles } from './tools/build/copy-static.ts';
import { manifestFor, type Target } from './tools/build/manifest-for.ts';

const target: Target = process.env['TARGET'] === 'firefox' ? 'firefox' : 'chrome';
const settings = buildSettings(process.env);
for (const warning of settings.warnings) console.warn(`helpdesk-guard build (${target}): ${warning}`);

export default defineConfig({
  define: {
    // The title gate's brands, as a string rather than the lexicon's code (title-brand-table.ts says why).
    __HG_TITLE_BRANDS__: JSON.stringify(writeTitleBrandTable(BRANDS)),
    __HG_BUILD__: JSON.stringify({
      target,
      serviceUrl: settings.serviceUrl,
      serviceOrigin: serviceOrigin(settings.serviceUrl),
      listUrl: settings.listUrl,
      trustedKeys: settings.trustedKeys,
      syncHours: settings.syncHours,
      reportEndpoint: settings.reportEndpoint,
    }),
  },
  build: {
    // HG_OUT_DIR lets tools build variants (evaluation without the seed list) without touching dist/.
    outDir: process.env['HG_OUT_DIR'] ?? `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // Minified: the content script is parsed in every frame of every page, and parse time is paid there.
    // Store reviewers get the sources (npm run package writes a source archive). HG_NO_MINIFY keeps
    // function names for tools/bench/profile-page.ts.
    minify: !process.env['HG_NO_MINIFY'],
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: { input: { leave: resolve(import.meta.dirname, 'src/leave/leave.html') } },
  },
  plugins: [
    crx({
      manifest: manifestFor(target, builtInOrigins(settings)),
      browser: target,
      contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/page-world/observe-lockscreen.ts'] },
    }),
    copyStaticFiles(settings),
  ],
});

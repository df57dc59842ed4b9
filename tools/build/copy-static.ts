/**
 * Files the manifest does not name but the extension loads at run time: the toolbar icons for each verdict
 * state (set with action.setIcon) and the bundled seed list (read by the service worker). They are packaged,
 * not web-accessible: pages cannot load them, so they cannot be used to detect the extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseList } from '../../src/core/blocklist/parse-list.ts';
import type { BuildSettings } from './build-settings.ts';

const root = resolve(import.meta.dirname, '../..');

export function copyStaticFiles(settings: BuildSettings): Plugin {
  return {
    name: 'helpdesk-guard:copy-static',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(resolve(root, 'icons')).filter((f) => f.startsWith('toolbar-') && f.endsWith('.png'))) {
        this.emitFile({ type: 'asset', fileName: `icons/${file}`, source: readFileSync(resolve(root, 'icons', file)) });
      }
      const seed = readFileSync(settings.seedListPath, 'utf8');
      parseList(seed); // a broken seed list fails the build, not the user's browser
      this.emitFile({ type: 'asset', fileName: 'lists/seed.json', source: seed });
    },
  };
}

/**
 * The smallest content script that could do this job at all: it watches the page for changes and tells its
 * service worker that a page arrived. What it costs is the browser's price for any such extension (the
 * first use of the DOM and extension bindings in a fresh isolated world), the baseline for the no-digit page.
 * Written to a temporary folder the caller removes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GECKO_ID } from '../build/manifest-for.ts';

export function referenceExtension(target: 'chrome' | 'firefox' = 'chrome'): string {
  const dir = mkdtempSync(join(tmpdir(), 'hg-reference-'));
  const manifest = {
    manifest_version: 3, name: 'reference watcher', version: '1',
    // Firefox runs MV3 backgrounds as event pages; the bench finds the add-on's address by its id.
    ...(target === 'chrome' ? { background: { service_worker: 'sw.js' } } : { background: { scripts: ['sw.js'] }, browser_specific_settings: { gecko: { id: GECKO_ID } } }),
    content_scripts: [{ js: ['watch.js'], matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', all_frames: true }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // Each browser's own namespace: in Firefox, `chrome` is a second API object built on first use.
  const api = target === 'chrome' ? 'chrome' : 'browser';
  writeFileSync(join(dir, 'sw.js'), `${api}.runtime.onMessage.addListener(() => undefined);`);
  writeFileSync(
    join(dir, 'watch.js'),
    `new MutationObserver(() => undefined).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
${api}.runtime.onMessage.addListener(() => undefined);
${api}.runtime.sendMessage({ type: 'hello' }).catch(() => undefined);`,
  );
  return dir;
}

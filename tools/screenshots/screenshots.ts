/**
 * `npm run screenshots`: the pictures in docs/ and the README, made from the built extension in headless
 * Chromium, in English and Dutch: the banner on a red and on an amber page. Run after `npm run build`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChromiumExtension } from '../../test/e2e/support/chromium.ts';
import { waitFor } from '../../test/e2e/support/extension-browser.ts';
import { startFixtureServer } from '../../test/e2e/support/fixture-server.ts';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'docs/screenshots');
const html = (path: string): string => readFileSync(resolve(root, path), 'utf8');

const SHOTS = [
  { name: 'banner-scam-en', language: 'en', host: 'windows-alert.example', page: 'demo/fake-helpdesk.html', level: 'scam' },
  { name: 'banner-suspicious-en', language: 'en', host: 'windows-help.example', page: 'test/fixtures/e2e/amber.html', level: 'suspicious' },
  { name: 'banner-scam-nl', language: 'nl', host: 'windows-beveiliging.example', page: 'demo/nep-helpdesk.html', level: 'scam' },
  { name: 'banner-suspicious-nl', language: 'nl', host: 'windows-hulp.example', page: 'test/fixtures/e2e/amber-nl.html', level: 'suspicious' },
] as const;

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await startFixtureServer();
  const browser = await ChromiumExtension.launch({ proxyPort: server.port });
  for (const shot of SHOTS) {
    await browser.extension((language) => chrome.storage.local.set({ settings: { schema: 1, sensitivity: 'normal', language, syncHours: 6 } }), shot.language);
    const tab = await browser.openTab();
    await tab.setViewport(1000, 560);
    await tab.goto(server.page(shot.host, '/', html(shot.page)));
    await waitFor(`the ${shot.level} banner`, async () => ((await tab.banner())?.level === shot.level ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    await tab.screenshot(resolve(out, `${shot.name}.png`));
    console.log(`docs/screenshots/${shot.name}.png`);
    await tab.close();
  }
  await browser.close();
  await server.close();
}

void main();

/**
 * The block list end to end, on an extension built with a test list URL and a throw-away key: it syncs a
 * signed list from a local server on install, a page whose number is only on that list turns red, and a
 * tampered update is refused with the page still red.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalListJson, type BlockList } from '../../src/core/blocklist/list-format.ts';
import type { E164 } from '../../src/core/phone/e164.ts';
import { generateKeyPair, signBytes, signatureDocument, type KeyPair } from '../../tools/list/keys.ts';
import { buildVariant } from '../../harness/custom-build.ts';
import { waitFor, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';
import { launch } from './support/targets.ts';

const LISTED = '+18445550177';
const page = '<!doctype html><html lang="en"><head><title>Help centre</title></head><body><p>Support line: +1 (844) 555-0177</p></body></html>';
const list = (version: number): BlockList => ({
  format: 'helpdesk-guard-blocklist', formatVersion: 1, version, generated: '2026-11-28T12:00:00Z',
  entries: [{ number: LISTED as E164, brands: ['microsoft'], source: 'https://example.test/e2e' }], allow: [], domains: [],
});

interface ListStatus {
  version: number;
  source: string;
  lastError?: { code: string };
}

const status = (browser: ExtensionBrowser): Promise<ListStatus | undefined> =>
  browser.extension(async () => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.get('listStatus')).listStatus) as ListStatus | undefined, undefined);

const levelOf = (browser: ExtensionBrowser, tabId: number): Promise<string | undefined> =>
  browser.extension(async (id) => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.session.get(`tab:${id}`))[`tab:${id}`] as { verdict?: { level: string } } | undefined)?.verdict?.level, tabId);

describe('block-list sync [chromium]', () => {
  let served = { body: '', sig: '' };
  let key: KeyPair;
  let fixtures: FixtureServer;
  let browser: ExtensionBrowser;

  const serve = async (body: string): Promise<void> => {
    served = { body, sig: signatureDocument(key.trusted.id, await signBytes(new TextEncoder().encode(body) as Uint8Array<ArrayBuffer>, key.privateJwk)) };
  };

  beforeAll(async () => {
    key = await generateKeyPair('e2e-key');
    await serve(canonicalListJson(list(9_000_000_000_001)));
    // The browser sends everything through the fixture server (its proxy), so the list is served there too.
    fixtures = await startFixtureServer();
    fixtures.route((_request, response, url) => {
      const body = url.pathname === '/list.json' ? served.body : url.pathname === '/list.json.sig' ? served.sig : undefined;
      if (body === undefined) return false;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(body);
      return true;
    });
    const keysFile = join(mkdtempSync(join(tmpdir(), 'hg-keys-')), 'trusted-keys.json');
    writeFileSync(keysFile, JSON.stringify({ keys: [key.trusted] }));
    const dist = buildVariant('e2e-list', 'chrome', {
      HG_LIST_URL: `${fixtures.origin}/list.json`,
      HG_TRUSTED_KEYS: keysFile,
    });
    browser = await launch('chromium', fixtures, { chromeDist: dist });
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  it('syncs the signed list on install and flags a page whose number is only on that list', async () => {
    await waitFor('the first sync', async () => ((await status(browser))?.source === 'download' ? true : undefined), 15_000);
    expect((await status(browser))?.version).toBe(9_000_000_000_001);
    const tab = await browser.openTab(fixtures.page('help-centre.example', '/', page));
    await waitFor('the red verdict', async () => ((await levelOf(browser, tab.tabId)) === 'scam' ? true : undefined));
    const banner = await waitFor('the banner', () => tab.banner());
    expect(banner.text).toContain('known fake-helpdesk number');
    await tab.close();
  });

  it('refuses a tampered update, records why, and keeps protecting', async () => {
    const good = canonicalListJson(list(9_000_000_000_002));
    await serve(good);
    served = { ...served, body: good.replace(LISTED, '+18445550178') };
    // The retry alarm is the same path a real failure takes; fire it now rather than in a minute.
    await browser.extension(() => chrome.alarms.create('list-retry', { when: Date.now() }), undefined);
    await waitFor('the refused update', async () => ((await status(browser))?.lastError?.code === 'bad-signature' ? true : undefined), 15_000);
    expect((await status(browser))?.version).toBe(9_000_000_000_001);
    // The options page says so in words, not in error codes.
    const options = await browser.openExtensionPage('src/options/options.html');
    await waitFor('the options page to tell', async () => ((await options.text('#list-last-error')).includes('so it was not used') ? true : undefined));
    await options.close();
    const tab = await browser.openTab(fixtures.page('help-centre.example', '/again', page));
    await waitFor('the red verdict', async () => ((await levelOf(browser, tab.tabId)) === 'scam' ? true : undefined));
    await tab.close();
  });
});

/**
 * The extension connected to its report service, on a build made with HG_SERVICE_URL pointing at a stand-in
 * on the fixture server: the manifest's host permission for the service's origin is granted at install (the
 * stand-in sends no CORS headers, so a delivery only works if it is), a report goes there without the user
 * typing an address, the form says where it goes, and the popup and the options show what became of it.
 * The real service is tested end to end in service-loop.test.ts.
 */
import type { IncomingMessage } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../../harness/custom-build.ts';
import { waitFor, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server.ts';
import { readReportLog, waitForReportStatus } from '../../harness/report-log.ts';
import { BROWSERS, launch } from './support/targets.ts';

const scamPage = readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8');

interface StandIn {
  received: string[];
  headers: IncomingMessage['headers'][];
  statuses: Map<string, string>;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    request.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    request.on('end', () => resolve(data));
  });
}

/** The service's two report routes, as docs/service.md describes them, without CORS headers. */
function serveStandIn(server: FixtureServer, state: StandIn): void {
  server.route(async (request, response, url) => {
    if (url.pathname === '/v1/reports' && request.method === 'POST') {
      const text = await body(request);
      state.received.push(text);
      state.headers.push(request.headers);
      const { id } = JSON.parse(text) as { id: string };
      response.writeHead(202, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id, status: 'received' }));
      return true;
    }
    const match = /^\/v1\/reports\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (!match?.[1] || request.method !== 'GET') return false;
    const status = state.statuses.get(match[1]);
    response.writeHead(status ? 200 : 404, { 'content-type': 'application/json' });
    response.end(status ? JSON.stringify({ id: match[1], status, reason: null, updatedAt: new Date().toISOString() }) : '{"error":"unknown-report"}');
    return true;
  });
}

const levelOf = (browser: ExtensionBrowser, tabId: number): Promise<string | undefined> =>
  browser.extension(async (id) => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.session.get(`tab:${id}`))[`tab:${id}`] as { verdict?: { level: string } } | undefined)?.verdict?.level, tabId);

for (const name of BROWSERS) {
  describe(`the extension and its report service [${name}]`, () => {
    const state: StandIn = { received: [], headers: [], statuses: new Map() };
    let fixtures: FixtureServer;
    let browser: ExtensionBrowser;
    let origin: string;

    beforeAll(async () => {
      fixtures = await startFixtureServer();
      serveStandIn(fixtures, state);
      origin = fixtures.origin;
      const keys = join(mkdtempSync(join(tmpdir(), 'hg-keys-')), 'none.json');
      writeFileSync(keys, '{"keys":[]}');
      const dist = buildVariant('e2e-service', name === 'chromium' ? 'chrome' : 'firefox', {
        HG_SERVICE_URL: origin, HG_TRUSTED_KEYS: keys, HG_SERVER_DATA: mkdtempSync(join(tmpdir(), 'hg-no-server-')),
      });
      browser = await launch(name, fixtures, name === 'chromium' ? { chromeDist: dist } : { firefoxDist: dist });
    });

    afterAll(async () => {
      await browser?.close();
      await fixtures?.close();
    });

    it('holds the host permission for the service origin from install on', async () => {
      const granted = await browser.extension(async () => {
        const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome).permissions;
        return { service: await api.contains({ origins: ['http://127.0.0.1/*'] }), other: await api.contains({ origins: ['https://example.org/*'] }) };
      }, undefined);
      expect(granted.service).toBe(true);
      // Firefox counts the content scripts' match patterns (every http and https page) as host permissions
      // too, so there every origin answers true; Chromium grants exactly the service's origin.
      expect(granted.other).toBe(name === 'firefox');
    });

    it('sends a report to the service without an address typed, says where it goes, and shows what became of it', async () => {
      const tab = await browser.openTab(fixtures.page('windows-alert.example', '/service', scamPage));
      await waitFor('the verdict', async () => ((await levelOf(browser, tab.tabId)) === 'scam' ? true : undefined));
      const popup = await browser.openExtensionPage(`src/popup/popup.html?tab=${tab.tabId}&view=report`);
      await waitFor('the destination', async () => ((await popup.text('#report-where')).includes(new URL(origin).host) ? true : undefined));
      expect(await popup.text('#report-where')).toContain('Helpdesk Guard report service');
      await popup.click('#report-preview');
      await popup.waitFor('#report-preview-box:not([hidden])');
      expect(await popup.text('#report-preview-title')).toBe('This is exactly what will be sent');
      const json = await popup.text('#report-json');
      await popup.click('#report-send');
      await popup.waitFor('#view-sent:not([hidden])');
      await waitFor('delivery', async () => (state.received.length > 0 ? true : undefined));
      expect(state.received).toEqual([json]);
      // Nothing about the user travels with it; the browser adds its extension Origin (docs/report-format.md).
      expect(state.headers[0]).not.toHaveProperty('cookie');
      expect(state.headers[0]).not.toHaveProperty('referer');
      expect(state.headers[0]?.origin).toMatch(/^(chrome|moz)-extension:\/\//);
      expect(await popup.text('#sent-delivery')).toBe('Your report was sent.');
      await popup.close();
      const { id, language } = JSON.parse(json) as { id: string; language: string };
      expect(language).toBe('en');

      state.statuses.set(id, 'received');
      expect((await waitForReportStatus(browser, id, 'received')).text).toContain('windows-alert.example');
      state.statuses.set(id, 'listed');
      expect((await waitForReportStatus(browser, id, 'listed')).text).toContain('The number is now on the list');
      // Asked again within five minutes, the popup shows what it knows without asking the service.
      state.statuses.set(id, 'not-listed');
      expect((await readReportLog(browser)).find((i) => i.id === id)?.status).toBe('listed');

      const options = await browser.openExtensionPage('src/options/options.html');
      await options.waitFor('#report-log[data-state="ready"]');
      expect(await options.text('#report-log')).toContain('The number is now on the list');
      await options.close();
      await tab.close();
    });

    it('with reporting switched off, says nothing will be sent and sends nothing', async () => {
      const options = await browser.openExtensionPage('src/options/options.html');
      await options.click('input[name="report-target"][value="off"]');
      await options.click('#report-form button[type="submit"]');
      await options.waitFor('#report-form .saved:not([hidden])');
      await options.close();
      state.received = [];
      const tab = await browser.openTab(fixtures.page('windows-alert.example', '/off', scamPage.replace('0123', '0125')));
      await waitFor('the verdict', async () => ((await levelOf(browser, tab.tabId)) === 'scam' ? true : undefined));
      const popup = await browser.openExtensionPage(`src/popup/popup.html?tab=${tab.tabId}&view=report`);
      await waitFor('the destination', async () => ((await popup.text('#report-where')).includes('nothing leaves your computer') ? true : undefined));
      await popup.click('#report-preview');
      await popup.waitFor('#report-preview-box:not([hidden])');
      expect(await popup.text('#report-preview-title')).toBe('This is what the report contains. It stays on your computer.');
      await popup.click('#report-send');
      await popup.waitFor('#view-sent:not([hidden])');
      expect(await popup.text('#sent-title')).toBe('Nothing was sent');
      expect(await popup.text('#sent-delivery')).toBe('Sending reports is off in the settings. The numbers are blocked for you on this computer.');
      await popup.close();
      await tab.close();
      expect(state.received).toEqual([]);
    });
  });
}

/**
 * The toolbar popup, reporting and the options page, in both browsers: a report reaches a local server as
 * exactly the previewed JSON; with the server down it waits and is delivered once when it is back; a
 * reported number is red on other pages; "This page is safe" silences a page; "Check a number" answers;
 * options changes take effect.
 */
import type { IncomingMessage } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { waitFor, type ExtensionBrowser, type TestTab } from '../../harness/extension-browser.ts';
import { forEachBrowser, type BrowserContext } from './support/targets.ts';

const scamPage = readFileSync('test/fixtures/pages/scam-en-basic.html', 'utf8');
const amberPage = readFileSync('test/fixtures/e2e/amber.html', 'utf8');

interface ReportServer {
  received: string[];
  down: boolean;
  url: string;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    request.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    request.on('end', () => resolve(data));
  });
}

/** A report endpoint on the fixture server, answering CORS like a real one that accepts extensions. */
function reportServer(ctx: BrowserContext): ReportServer {
  const state: ReportServer = { received: [], down: false, url: `${ctx.server.origin}/reports` };
  ctx.server.route(async (request, response, url) => {
    if (url.pathname !== '/reports') return false;
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST' };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return true;
    }
    const text = await body(request);
    if (state.down) {
      response.writeHead(503, cors);
      response.end();
      return true;
    }
    state.received.push(text);
    response.writeHead(201, cors);
    response.end('{}');
    return true;
  });
  return state;
}

async function verdictLevel(browser: ExtensionBrowser, tabId: number): Promise<string | undefined> {
  return browser.extension(
    async (id) => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.session.get(`tab:${id}`))[`tab:${id}`] as { verdict?: { level: string } } | undefined)?.verdict?.level,
    tabId,
  );
}

async function setEndpoint(browser: ExtensionBrowser, url: string): Promise<void> {
  const options = await browser.openExtensionPage('src/options/options.html');
  await options.click('input[name="report-target"][value="custom"]');
  await options.fill('#report-endpoint', url);
  await options.click('#report-form button[type="submit"]');
  await options.waitFor('#report-form .saved:not([hidden])');
  await options.close();
}

async function reportFrom(browser: ExtensionBrowser, tabId: number, comment: string): Promise<{ json: string; popup: TestTab }> {
  const popup = await browser.openExtensionPage(`src/popup/popup.html?tab=${tabId}&view=report`);
  await popup.click('input[name="kind"][value="refund-scam"]');
  await popup.fill('#report-comment', comment);
  await popup.click('#report-preview');
  await popup.waitFor('#report-preview-box:not([hidden])');
  const json = await popup.text('#report-json');
  await popup.click('#report-send');
  await popup.waitFor('#view-sent:not([hidden])');
  return { json, popup };
}

forEachBrowser('popup, reports and options', (ctx) => {
  let server: ReportServer;
  beforeAll(() => {
    server = reportServer(ctx());
  });

  it('sends exactly the previewed report, blocks its number at once, and the number is red elsewhere', async () => {
    const { browser, server: fixtures } = ctx();
    await setEndpoint(browser, server.url);
    const tab = await browser.openTab(fixtures.page('windows-alert.example', '/report-me', scamPage));
    await waitFor('the verdict', async () => ((await verdictLevel(browser, tab.tabId)) === 'scam' ? true : undefined));
    const { json, popup } = await reportFrom(browser, tab.tabId, 'It said my PC was locked');
    await waitFor('delivery', async () => (server.received.length > 0 ? true : undefined));
    expect(server.received).toEqual([json]);
    const report = JSON.parse(json) as { kind: string; comment: string; page: { url: string }; numbers: { e164: string }[]; screenshot: unknown };
    expect(report).toMatchObject({ kind: 'refund-scam', comment: 'It said my PC was locked', page: { url: 'http://windows-alert.example/report-me' }, numbers: [{ e164: '+18445550123' }], screenshot: null });
    expect(await popup.text('#sent-delivery')).toBe('Your report was sent.');
    expect(await popup.text('#official-channels')).not.toBe('');
    await popup.close();
    const elsewhere = await browser.openTab(fixtures.page('restaurant.example', '/', '<p>Reservations: +1 844 555 0123</p>'));
    await waitFor('the reported number to be red', async () => ((await verdictLevel(browser, elsewhere.tabId)) === 'scam' ? true : undefined));
    await elsewhere.close();
    await tab.close();
  });

  it('keeps a report while the server is down and delivers it once when it is back', async () => {
    const { browser, server: fixtures } = ctx();
    await setEndpoint(browser, server.url);
    server.down = true;
    server.received = [];
    const tab = await browser.openTab(fixtures.page('windows-alert.example', '/queued', scamPage.replace('0123', '0124')));
    await waitFor('the verdict', async () => ((await verdictLevel(browser, tab.tabId)) === 'scam' ? true : undefined));
    const { json, popup } = await reportFrom(browser, tab.tabId, 'second');
    expect(await popup.text('#sent-delivery')).toContain('could not be sent yet');
    await popup.close();
    const options = await browser.openExtensionPage('src/options/options.html');
    expect(await options.text('#report-queue')).toContain('1 report(s) waiting');
    server.down = false;
    await options.click('#retry-reports');
    await waitFor('delivery', async () => (server.received.length > 0 ? true : undefined));
    // Asking again must not send it twice (the button is gone now; ask as the options page would).
    await options.evaluate(() => ((globalThis as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({ type: 'retry-reports' }), undefined);
    await new Promise((r) => setTimeout(r, 500));
    expect(server.received).toEqual([json]);
    await options.close();
    await tab.close();
  });

  it('"This page is safe" silences the page and lists the site in the options, where it can be removed', async () => {
    const { browser, server: fixtures } = ctx();
    const tab = await browser.openTab(fixtures.page('windows-help.example', '/', amberPage));
    await waitFor('the amber banner', async () => ((await tab.banner())?.level === 'suspicious' ? true : undefined));
    const popup = await browser.openExtensionPage(`src/popup/popup.html?tab=${tab.tabId}&view=not-a-scam`);
    expect(await popup.text('#safe-explain')).toContain('windows-help.example');
    await popup.click('#safe-confirm');
    await popup.waitFor('#safe-done:not([hidden])');
    await waitFor('the banner to go', async () => ((await tab.hostFacts()).present ? undefined : true));
    expect(await browser.badgeText(tab.tabId)).toBe('');
    await popup.close();
    const options = await browser.openExtensionPage('src/options/options.html');
    expect(await options.text('#trusted-sites')).toContain('windows-help.example');
    await options.click('#trusted-sites button');
    await waitFor('the site to go', async () => ((await options.text('#trusted-sites')).includes('windows-help.example') ? undefined : true));
    await options.close();
    await tab.goto(fixtures.page('windows-help.example', '/again', amberPage));
    await waitFor('the warning to return', async () => ((await tab.banner())?.level === 'suspicious' ? true : undefined));
    await tab.close();
  });

  it('"Check a number" answers for a listed and an unlisted number, in any format', async () => {
    const { browser } = ctx();
    const listed = await browser.openExtensionPage(`src/popup/popup.html?view=check&q=${encodeURIComponent('call 1 (888) 664-4090')}`);
    await listed.waitFor('#check-results li');
    expect(await listed.text('#check-results')).toContain('Known fake-helpdesk number');
    await listed.fill('#check-input', '(415) 555-0132');
    await listed.click('#check-form button[type="submit"]');
    await waitFor('the new answer', async () => ((await listed.text('#check-results')).includes('Not on the list') ? true : undefined));
    await listed.close();
  });

  it('options: list URL, sync interval, import and export take effect', async () => {
    const { browser, server: fixtures } = ctx();
    const options = await browser.openExtensionPage('src/options/options.html');
    await options.fill('#list-url', `${fixtures.origin}/no-such-list.json`);
    await options.select('#sync-hours', '24');
    await options.click('#list-form button[type="submit"]');
    await options.waitFor('#list-form .saved:not([hidden])');
    const alarm = await browser.extension(async () => ((globalThis as { browser?: typeof chrome }).browser ?? chrome).alarms.get('list-sync'), undefined);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    // The new URL is synced at once; this build trusts no key, so nothing from it can be accepted.
    await waitFor('a sync attempt', async () => {
      const status = await browser.extension(async () => (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.get('listStatus')).listStatus as { lastError?: { message: string } } | undefined, undefined);
      return status?.lastError?.message.includes('no-such-list') || status?.lastError?.message.includes('404') ? true : undefined;
    });
    const file = join(mkdtempSync(join(tmpdir(), 'hg-import-')), 'lists.json');
    writeFileSync(file, JSON.stringify({ format: 'helpdesk-guard-user-lists', version: 1, blocked: [{ number: '+18445550150', added: 1 }], trusted: [], trustedSites: [{ host: 'my-bank.example', added: 1 }] }));
    await options.upload('#import-file', file);
    await waitFor('the import', async () => ((await options.text('#import-result')).includes('Added 2') ? true : undefined));
    expect(await options.text('#blocked-numbers')).toContain('+1 844 555 0150');
    const exported = await browser.extension(async () => ((await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.local.get('userLists')).userLists), undefined);
    expect(JSON.stringify(exported)).toContain('my-bank.example');
    await options.close();
  });
});

/**
 * Sending a report as the background does it: where it goes under each setting (the built-in service by
 * default, the user's own address, or nowhere), the language it names, and what the popup is told.
 */
import { describe, expect, it } from 'vitest';
import { ReportQueue } from '../../../src/background/reports/report-queue.ts';
import { ReportStatuses } from '../../../src/background/reports/report-status.ts';
import { Reporting, statusEndpoints } from '../../../src/background/reports/reporting.ts';
import { defaultSettings, SETTINGS_KEY, type Settings } from '../../../src/shared/storage/settings.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const SERVICE = 'http://localhost:8787/v1/reports';
const defaults = defaultSettings(1);

function setUp(settings: Partial<Settings> = {}, status = 202, uiLanguage = 'en-US', checked = true) {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  const posted: string[] = [];
  void local.set({ [SETTINGS_KEY]: { ...defaults, ...settings } });
  const fetcher = (async (url: string) => {
    posted.push(url);
    return new Response('{}', { status });
  }) as typeof fetch;
  const queue = new ReportQueue({ area: local, fetch: fetcher, now: () => 1000, random: () => 0.5, wakeAt: async () => undefined, sessionStart: async () => 0 });
  const statuses = new ReportStatuses({ area: local, fetch: fetcher, now: () => 1000, log: () => queue.sent(), allowedEndpoints: async () => [SERVICE] });
  let ids = 0;
  const reporting = new Reporting({
    session, local, defaults, serviceEndpoint: SERVICE, queue, statuses,
    tab: async () => (checked ? { url: 'http://scam.example/x', title: 'Locked', verdict: undefined } : undefined),
    changeLists: async () => undefined,
    newId: () => `00000000-0000-4000-8000-00000000000${ids++}`,
    now: () => 1000, version: '0.1.0', browser: 'chrome', uiLanguage: () => uiLanguage,
  });
  return { reporting, posted, local };
}

async function report(reporting: Reporting) {
  const prepared = await reporting.prepare(1, { kind: 'fake-helpdesk', comment: '', screenshot: null });
  if ('error' in prepared) throw new Error(prepared.error);
  return { json: prepared.json, outcome: await reporting.send(prepared.id) };
}

describe('reporting', () => {
  it('sends to the built-in service when the user typed nothing', async () => {
    const { reporting, posted } = setUp();
    expect((await report(reporting)).outcome).toMatchObject({ endpoint: SERVICE, delivery: 'sent' });
    expect(posted).toEqual([SERVICE]);
  });

  it('sends to the address the user chose, or nowhere when reporting is off', async () => {
    const custom = setUp({ reportTarget: 'custom', reportEndpoint: 'https://mine.example/in' });
    expect((await report(custom.reporting)).outcome).toMatchObject({ endpoint: 'https://mine.example/in', delivery: 'sent' });
    const off = setUp({ reportTarget: 'off', reportEndpoint: 'https://mine.example/in' });
    expect((await report(off.reporting)).outcome).toMatchObject({ endpoint: undefined, delivery: 'local' });
    expect(off.posted).toEqual([]);
  });

  it('answers failures with codes the popup translates, never with English sentences', async () => {
    const unchecked = setUp({}, 202, 'nl-NL', false);
    expect(await unchecked.reporting.prepare(1, { kind: 'fake-helpdesk', comment: '', screenshot: null })).toEqual({ error: 'tab-not-checked' });
    const { reporting } = setUp();
    expect(await reporting.send('never-prepared')).toEqual({ error: 'report-not-prepared' });
  });

  it('tells the popup when the service refused the report for good', async () => {
    const { reporting } = setUp({}, 409);
    expect((await report(reporting)).outcome).toMatchObject({ delivery: 'failed' });
    const log = await reporting.reportLog(false);
    expect(log.entries).toMatchObject([{ outcome: 'failed', code: 409, pageHost: 'scam.example', destinationHost: 'localhost', kind: 'fake-helpdesk' }]);
  });

  it('names the language the extension speaks (en, nl, de, fr), not the browser tag', async () => {
    expect(JSON.parse((await report(setUp({}, 202, 'en-US').reporting)).json).language).toBe('en');
    expect(JSON.parse((await report(setUp({}, 202, 'nl-NL').reporting)).json).language).toBe('nl');
    expect(JSON.parse((await report(setUp({ language: 'fr' }, 202, 'nl-NL').reporting)).json).language).toBe('fr');
    expect(JSON.parse((await report(setUp({}, 202, 'ja-JP').reporting)).json).language).toBe('en');
  });

  it('asks for report status only at the service and the user’s own address, and nowhere when reporting is off', async () => {
    const { local } = setUp({ reportTarget: 'custom', reportEndpoint: 'https://mine.example/in' });
    expect(await statusEndpoints(local, defaults, SERVICE)).toEqual([SERVICE, 'https://mine.example/in']);
    await local.set({ [SETTINGS_KEY]: { ...defaults, reportTarget: 'off' } });
    expect(await statusEndpoints(local, defaults, SERVICE)).toEqual([]);
  });
});

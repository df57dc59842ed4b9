/**
 * Asking the service what became of a report: only from endpoints the user chose (or the built-in service),
 * at most once per few minutes per report, with nothing but the id, and an answer of any other shape than
 * the documented one is thrown away, so an attacker-chosen server can never put its text on the user's screen.
 */
import { describe, expect, it } from 'vitest';
import type { SentReport } from '../../../src/background/reports/report-queue.ts';
import { parseStatusAnswer, ReportStatuses, statusUrl } from '../../../src/background/reports/report-status.ts';
import { STORAGE } from '../../../src/shared/storage/storage-keys.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const SERVICE = 'https://service.example/v1/reports';
const answer = (id: string, fields: Record<string, unknown> = {}): string =>
  JSON.stringify({ id, status: 'listed', reason: null, updatedAt: '2026-12-01T10:00:00.000Z', ...fields });

class World {
  readonly storage = new MemoryStorage();
  readonly requests: { url: string; init: RequestInit | undefined }[] = [];
  log: SentReport[] = [];
  allowed: string[] = [SERVICE];
  now = 10_000_000;
  respond: (url: string) => Response = (url) => new Response(answer(url.split('/').pop() ?? ''), { status: 200 });

  statuses(): ReportStatuses {
    return new ReportStatuses({
      area: this.storage,
      now: () => this.now,
      log: async () => this.log,
      allowedEndpoints: async () => this.allowed,
      fetch: (async (url: string, init?: RequestInit) => {
        this.requests.push({ url, init });
        return this.respond(url);
      }) as typeof fetch,
    });
  }
}

const sent = (id: string, endpoint = SERVICE, outcome: 'sent' | 'failed' = 'sent'): SentReport => ({ id, sentAt: 1, endpoint, outcome });

describe('report status', () => {
  it('asks the service for each sent report, with no cookies, no referrer and no redirects, and keeps the answer', async () => {
    const w = new World();
    w.log = [sent('r1')];
    await w.statuses().refresh();
    expect(w.requests.map((r) => r.url)).toEqual([`${SERVICE}/r1`]);
    expect(w.requests[0]?.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'error' });
    expect(await w.statuses().read()).toEqual({ r1: { status: 'listed', reason: null, updatedAt: '2026-12-01T10:00:00.000Z', checkedAt: w.now } });
  });

  it('asks at most once per five minutes per report', async () => {
    const w = new World();
    w.log = [sent('r1')];
    await w.statuses().refresh();
    w.now += 4 * 60_000;
    await w.statuses().refresh();
    expect(w.requests).toHaveLength(1);
    w.now += 60_000;
    await w.statuses().refresh();
    expect(w.requests).toHaveLength(2);
  });

  it('never asks an endpoint the user did not choose, nor about a refused report, nor anything when reporting is off', async () => {
    const w = new World();
    w.log = [sent('r1', 'https://elsewhere.example/in'), sent('r2', SERVICE, 'failed'), { id: 'r3', sentAt: 1 }];
    await w.statuses().refresh();
    w.allowed = [];
    w.log = [sent('r4')];
    await w.statuses().refresh();
    expect(w.requests).toEqual([]);
  });

  it('a 404 means the service no longer knows the report: said once, not asked again', async () => {
    const w = new World();
    w.log = [sent('r1')];
    w.respond = () => new Response('{"error":"unknown-report"}', { status: 404 });
    await w.statuses().refresh();
    w.now += 3600_000;
    await w.statuses().refresh();
    expect(w.requests).toHaveLength(1);
    expect((await w.statuses().read())['r1']?.status).toBe('unknown');
  });

  it('keeps what it knew when the service fails or answers nonsense, and tries again later', async () => {
    const w = new World();
    w.log = [sent('r1')];
    await w.statuses().refresh();
    for (const bad of [() => new Response('oops', { status: 500 }), () => new Response('<b>listed</b>', { status: 200 }), () => { throw new TypeError('offline'); }]) {
      w.now += 5 * 60_000;
      w.respond = bad;
      await w.statuses().refresh();
      expect((await w.statuses().read())['r1']).toMatchObject({ status: 'listed', checkedAt: w.now });
    }
  });

  it('forgets statuses of reports that left the log, so it never outgrows it', async () => {
    const w = new World();
    w.log = [sent('r1'), sent('r2')];
    await w.statuses().refresh();
    w.log = [sent('r2'), sent('r3')];
    w.now += 5 * 60_000;
    await w.statuses().refresh();
    expect(Object.keys(await w.statuses().read()).sort()).toEqual(['r2', 'r3']);
  });

  it('drops stored entries that are not of the documented shape', async () => {
    const w = new World();
    await w.storage.set({ [STORAGE.reportStatuses.key]: { a: { status: '<img>', reason: null, checkedAt: 1 }, b: { status: 'received', reason: null, checkedAt: 1 }, c: 'x' } });
    expect(Object.keys(await w.statuses().read())).toEqual(['b']);
  });
});

describe('parseStatusAnswer', () => {
  it('accepts exactly the documented answer for the report asked about', () => {
    expect(parseStatusAnswer(answer('r1', { status: 'not-listed', reason: 'official-number' }), 'r1')).toEqual({ status: 'not-listed', reason: 'official-number', updatedAt: '2026-12-01T10:00:00.000Z' });
    expect(parseStatusAnswer(answer('r1', { status: 'under-review' }), 'r1')?.status).toBe('under-review');
  });

  it('refuses anything else: another id, unknown values, markup, wrong types, oversize', () => {
    const bad = [
      answer('r2'), answer('r1', { status: 'LISTED' }), answer('r1', { status: '<script>alert(1)</script>' }), answer('r1', { reason: 'because' }),
      answer('r1', { reason: 3 }), answer('r1', { updatedAt: 'yesterday' }), answer('r1', { updatedAt: 5 }), '[]', 'null', '"listed"', 'not json',
      answer('r1', { padding: 'x'.repeat(5000) }),
    ];
    for (const text of bad) expect(parseStatusAnswer(text, 'r1'), text.slice(0, 80)).toBeUndefined();
  });

  it('builds the status address from the endpoint, and none from one with a query', () => {
    expect(statusUrl('https://service.example/v1/reports', 'a b')).toBe('https://service.example/v1/reports/a%20b');
    expect(statusUrl('http://localhost:8787/v1/reports/', 'x')).toBe('http://localhost:8787/v1/reports/x');
    expect(statusUrl('https://service.example/in?key=1', 'x')).toBeUndefined();
  });
});

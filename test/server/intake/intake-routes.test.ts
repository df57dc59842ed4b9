// POST /v1/reports and GET /v1/reports/{id} over HTTP, as the extension calls them.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { reportBody } from '../../../harness/reports.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const ID = '6f1c2b0e-3d4a-4c8e-9b7f-2a5d8e1c0f93';
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const post = (app: TestApp, body: string, headers: Record<string, string> = {}) =>
  app.app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': 'application/json', ...headers }, payload: body });

describe('report intake', () => {
  it('logs requests without the client address, the Origin header or the report id', async () => {
    let log = '';
    t = await startTestApp({ logger: new Writable({ write: (chunk, _encoding, done) => void ((log += String(chunk)), done()) }) });
    const headers = { 'content-type': 'application/json', origin: 'moz-extension://0b8e4a58-4a3c-4f5e-9d77-5e3f1f7a2c11' };
    await t.app.inject({ method: 'POST', url: '/v1/reports', headers, payload: reportBody({ id: ID }), remoteAddress: '203.0.113.77' });
    await t.app.inject({ method: 'GET', url: `/v1/reports/${ID}`, remoteAddress: '203.0.113.77' });
    expect(log).toContain('/v1/reports');
    expect(log).not.toContain('203.0.113');
    expect(log).not.toContain('0b8e4a58');
    expect(log).not.toContain(ID);
  });

  it('answers 202 after storing, 200 for the same bytes again, 409 for other bytes under the same id', async () => {
    t = await startTestApp();
    const first = await post(t, reportBody({ id: ID }));
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ id: ID, status: 'received' });
    expect((await post(t, reportBody({ id: ID }))).statusCode).toBe(200);
    const conflict = await post(t, reportBody({ id: ID, comment: 'changed' }));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toEqual({ error: 'id-conflict' });
    expect(await t.db.query('SELECT id FROM reports')).toHaveLength(1);
  });

  it('tells the sender the status by id, and nothing for an unknown or malformed id', async () => {
    t = await startTestApp();
    await post(t, reportBody({ id: ID }));
    const status = await t.app.inject({ method: 'GET', url: `/v1/reports/${ID}` });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toEqual({ id: ID, status: 'received', reason: null, updatedAt: '2026-11-30T12:00:00.000Z' });
    expect((await t.app.inject({ method: 'GET', url: '/v1/reports/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/v1/reports/${encodeURIComponent("x' OR 1=1 --")}` })).statusCode).toBe(404);
  });

  it('refuses a report that is not exactly the documented document, naming the problem', async () => {
    t = await startTestApp();
    const extra = JSON.stringify({ ...JSON.parse(reportBody({ id: ID })), ip: '1.2.3.4' });
    const cases: [string, RegExp][] = [
      ['not json', /not JSON/],
      [extra, /unknown field "ip"/],
      [reportBody({ id: ID, numbers: ['12345'] }), /E\.164/],
      [reportBody({ id: ID, url: 'javascript:alert(1)' }), /http or https/],
      [reportBody({ id: ID, comment: 'x'.repeat(2001) }), /comment is longer/],
      [reportBody({ id: 'short' }), /id is not/],
    ];
    for (const [body, detail] of cases) {
      const answer = await post(t, body);
      expect(answer.statusCode, body.slice(0, 60)).toBe(400);
      expect(answer.json().detail).toMatch(detail);
    }
    expect(await t.db.query('SELECT id FROM reports')).toHaveLength(0);
  });

  it('refuses a screenshot that is not a real PNG', async () => {
    t = await startTestApp();
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    const fake = JSON.stringify({ ...JSON.parse(reportBody({ id: ID })), screenshot: `data:image/png;base64,${html}` });
    const answer = await post(t, fake);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().detail).toMatch(/screenshot must be a PNG/);
    expect((await post(t, reportBody({ id: ID, screenshot: true }))).statusCode).toBe(202);
  });

  it('refuses other media types and bodies over the cap before reading them whole', async () => {
    t = await startTestApp();
    expect((await post(t, reportBody({ id: ID }), { 'content-type': 'text/plain' })).statusCode).toBe(415);
    const huge = await post(t, `{"comment":"${'x'.repeat(7 * 1024 * 1024)}"}`);
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual({ error: 'too-large' });
  });

  it('rate-limits one client with 429 and Retry-After, and lets it in again after that wait', async () => {
    t = await startTestApp({ reportsPerHour: 60, reportBurst: 2 });
    const ids = [1, 2, 3].map((n) => `aaaaaaaa-0000-4000-8000-00000000000${n}`);
    expect((await post(t, reportBody({ id: ids[0] as string }))).statusCode).toBe(202);
    expect((await post(t, reportBody({ id: ids[1] as string }))).statusCode).toBe(202);
    const limited = await post(t, reportBody({ id: ids[2] as string }));
    expect(limited.statusCode).toBe(429);
    const wait = Number(limited.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    t.time = new Date(t.time.getTime() + wait * 1000);
    expect((await post(t, reportBody({ id: ids[2] as string }))).statusCode).toBe(202);
  });

  it('answers CORS without credentials, and the security headers on every answer', async () => {
    t = await startTestApp();
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/v1/reports', headers: { origin: 'moz-extension://abc', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('moz-extension://abc');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const answer = await post(t, reportBody({ id: ID }));
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['set-cookie']).toBeUndefined();
  });
});

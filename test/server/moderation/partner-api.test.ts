import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAccountCommand } from '../../../server/moderation/cli.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { insertReport, reportStatus } from './support/test-db.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const SCAM = '+18445550147';

async function addPartner(name: string, trusted: boolean): Promise<string> {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), readSecret: async () => '', now: t.clock.now, randomBytes: t.randomBytes };
  expect(await runAccountCommand(t.db, ['partner', 'add', name, ...(trusted ? ['--trusted'] : [])], io)).toBe(0);
  return lines[1]!.trim();
}

function report(id: string, numbers: string[] = [SCAM]): string {
  return JSON.stringify({
    format: 'helpdesk-guard-report', formatVersion: 1, id, kind: 'fake-helpdesk', createdAt: '2026-11-30T11:00:00.000Z',
    page: { url: 'https://windows-alert.example/', title: 'Windows Defender' }, numbers: numbers.map((e164) => ({ e164, status: 'unknown' })),
    verdict: { level: 'scam', score: 17, reasons: ['reasonImpersonation'] }, comment: 'private remark', screenshot: null,
    extension: { version: '0.1.0', browser: 'chrome' }, language: 'en',
  }, null, 2);
}

const call = (method: 'GET' | 'POST', url: string, token: string | undefined, payload?: string) =>
  t.app.inject({ method, url, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(payload !== undefined ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  tokens.desk = await addPartner('fraud-desk', true);
  tokens.watcher = await addPartner('watcher', false);
  tokens.gone = await addPartner('gone', true);
});
afterAll(async () => {
  await t.app.close();
  await t.db.close();
});

describe('partner API authentication', () => {
  it('stores only the SHA-256 of each token', async () => {
    const rows = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM partners');
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    expect(rows.map((r) => r.token_hash)).not.toContain(tokens.desk);
  });

  it('refuses a missing, malformed, unknown or revoked token with the same 401', async () => {
    const io = { out: () => undefined, err: () => undefined, readSecret: async () => '', now: t.clock.now, randomBytes: t.randomBytes };
    expect((await call('GET', '/v1/partner/queue', tokens.gone)).statusCode).toBe(200);
    await runAccountCommand(t.db, ['partner', 'revoke', 'gone'], io);
    for (const token of [undefined, 'short', 'A'.repeat(43), tokens.gone]) {
      const response = await call('GET', '/v1/partner/queue', token);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: 'unauthorized' });
      expect(response.headers['www-authenticate']).toContain('Bearer');
    }
    const basic = await t.app.inject({ method: 'GET', url: '/v1/partner/queue', headers: { authorization: `Basic ${tokens.desk}` } });
    expect(basic.statusCode).toBe(401);
  });
});

describe('partner reports', () => {
  it('are stored through intake, marked as from the partner, and idempotent', async () => {
    const body = report('partner-report-0001');
    const first = await call('POST', '/v1/partner/reports', tokens.watcher, body);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ id: 'partner-report-0001', status: 'received' });
    expect((await call('POST', '/v1/partner/reports', tokens.watcher, body)).statusCode).toBe(200);
    expect((await call('POST', '/v1/partner/reports', tokens.watcher, body.replace('Windows Defender', 'Other'))).statusCode).toBe(409);
    const [row] = await t.db.query<{ reporter: string; name: string }>('SELECT r.reporter, p.name FROM reports r JOIN partners p ON p.id = r.partner_id WHERE r.id = $1', ['partner-report-0001']);
    expect(row).toEqual({ reporter: 'partner:watcher', name: 'watcher' });
  });

  it('are refused with a code when invalid or not JSON', async () => {
    const invalid = await call('POST', '/v1/partner/reports', tokens.watcher, '{"format":"x"}');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toBe('invalid-report');
    const text = await t.app.inject({ method: 'POST', url: '/v1/partner/reports', headers: { authorization: `Bearer ${tokens.watcher}`, 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(415);
  });
});

describe('partner queue', () => {
  it('is the grouped queue, without comments, screenshots or report ids', async () => {
    const id = await insertReport(t.db, { numbers: [SCAM], reporter: 'r1', comment: 'my phone number is 06…' });
    const response = await call('GET', '/v1/partner/queue', tokens.watcher);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const group = body.numbers.find((g: { number: string }) => g.number === SCAM);
    expect(group).toMatchObject({ number: SCAM, country: 'US', reports: 2, reporters: 2, hosts: 1, official: null, verdictLevels: { scam: 2 } });
    expect(JSON.stringify(body)).not.toContain('private remark');
    expect(JSON.stringify(body)).not.toContain('my phone number');
    // A report's id is all its reporter needs to read its status: partners do not get it.
    expect(JSON.stringify(body)).not.toContain(id);
    expect((await call('GET', '/v1/partner/queue?kind=appeals', tokens.watcher)).json()).toEqual({ kind: 'appeals', numbers: [] });
    expect((await call('GET', '/v1/partner/queue?kind=everything', tokens.watcher)).statusCode).toBe(400);
  });
});

describe('partner decisions', () => {
  const decide = (token: string | undefined, body: unknown) => call('POST', '/v1/partner/decisions', token, typeof body === 'string' ? body : JSON.stringify(body));

  it('are refused for an untrusted partner', async () => {
    const response = await decide(tokens.watcher, { number: SCAM, action: 'list', brand: 'microsoft', reason: 'x' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: 'partner-not-trusted' });
  });

  it.each([
    ['not json', 'invalid-json'], ['[]', 'invalid-json'], ['null', 'invalid-json'],
    [{ number: SCAM, action: 'list', brand: 'microsoft', reason: 'x', extra: 1 }, 'unknown-field'],
    [{ number: SCAM, action: 'list', brand: 'microsoft', reason: 5 }, 'invalid-field-type'],
    [{ number: SCAM, action: 'keep', reason: 'x' }, 'invalid-action'],
    [{ number: SCAM, action: 'reject-report', reason: 'x' }, 'invalid-action'],
    [{ number: '18445550147', action: 'reject', reason: 'x' }, 'invalid-number'],
    [{ number: SCAM, action: 'list', brand: 'Microsoft', reason: 'x' }, 'invalid-brand'],
    [{ number: SCAM, action: 'official', reason: 'x' }, 'invalid-organisation'],
    [{ number: SCAM, action: 'reject' }, 'missing-reason'],
  ])('refuse %j with 400 %s', async (body, code) => {
    const response = await decide(tokens.desk, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: code });
  });

  it('list a number for a trusted partner, recorded as partner:<name>', async () => {
    const response = await decide(tokens.desk, { number: SCAM, action: 'list', brand: 'microsoft', reason: 'confirmed by our call centre' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, reports: 2 });
    expect(await reportStatus(t.db, 'partner-report-0001')).toEqual({ status: 'listed', reason: null });
    const [audit] = await t.db.query('SELECT actor, action, subject, reason FROM audit_log WHERE action = $1', ['list']);
    expect(audit).toEqual({ actor: 'partner:fraud-desk', action: 'list', subject: SCAM, reason: 'confirmed by our call centre' });
    const [number] = await t.db.query<{ source: string; decided_by: string }>('SELECT source, decided_by FROM numbers WHERE number = $1', [SCAM]);
    expect(number).toEqual({ source: 'Helpdesk Guard reports (2 reporters), reviewed 2026-11-30, by partner fraud-desk', decided_by: 'partner:fraud-desk' });
  });

  it('answer 409 with the reason a decision cannot be made', async () => {
    const response = await decide(tokens.desk, { number: '+31887867372', action: 'list', brand: 'microsoft', reason: 'x' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: 'on-allow-list' });
    expect((await decide(tokens.desk, { number: '+18445550100', action: 'remove', reason: 'x' })).json()).toEqual({ error: 'not-on-list' });
  });

  it('take the other actions too', async () => {
    expect((await decide(tokens.desk, { number: SCAM, action: 'remove', reason: 'number reassigned' })).statusCode).toBe(200);
    expect((await decide(tokens.desk, { number: SCAM, action: 'official', organisation: 'Contoso', reason: 'their number now' })).statusCode).toBe(200);
    expect((await decide(tokens.desk, { number: '+18445550111', action: 'reject', reason: 'no scam' })).statusCode).toBe(200);
    const actions = await t.db.query<{ action: string }>("SELECT action FROM audit_log WHERE actor = 'partner:fraud-desk' ORDER BY id");
    expect(actions.map((a) => a.action)).toEqual(['list', 'remove', 'official', 'reject']);
  });
});

/**
 * Every form of the moderation pages refuses a missing or wrong CSRF token with 403 and changes nothing.
 * The forms are found by reading the pages themselves, so a new form is covered without editing this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, FORM, form, loggedIn, startTestApp, type TestApp } from './support/test-app.ts';
import { insertReport } from './support/test-db.ts';

let t: TestApp;
let session: { cookie: string; csrf: string };
const NUMBER = '+18445550147';

beforeAll(async () => {
  t = await startTestApp();
  await addAccount(t, 'mia', 'moderator');
  session = await loggedIn(t, 'mia');
  await insertReport(t.db, { numbers: [NUMBER] });
  await insertReport(t.db, { numbers: [] });
  t.publisher.status_ = { ...t.publisher.status_, held: { version: 7, at: new Date(), entries: 1, allowed: 0, added: 0, removed: 90 } };
});
afterAll(async () => {
  await t.app.close();
  await t.db.close();
});

async function formsOn(path: string): Promise<{ action: string; fields: Record<string, string> }[]> {
  const body = (await t.app.inject({ method: 'GET', url: path, headers: { cookie: session.cookie } })).body;
  return [...body.matchAll(/<form method="post" action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)].map((m) => {
    const fields: Record<string, string> = {};
    for (const input of (m[2] ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[input[1]!] = input[2]!;
    for (const input of (m[2] ?? '').matchAll(/<(?:input|select) name="([^"]+)"/g)) fields[input[1]!] ??= input[1] === 'brand' ? 'microsoft' : 'a reason';
    fields.language ??= 'nl';
    return { action: m[1]!, fields };
  });
}

async function auditCount(): Promise<number> {
  return Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM audit_log'))[0]?.n);
}

describe('CSRF', () => {
  it('finds the forms of every page (decisions, reject, language, logout; held publish for admins only)', async () => {
    const all = [
      ...(await formsOn(`/moderate/numbers/${encodeURIComponent(NUMBER)}`)),
      ...(await formsOn('/moderate/no-number')),
      ...(await formsOn('/moderate/publish')),
    ];
    const actions = new Set(all.map((f) => `${f.action} ${f.fields.action ?? ''}`.trim()));
    expect([...actions].sort()).toEqual([
      '/moderate/decide list', '/moderate/decide official', '/moderate/decide reject', '/moderate/decide reject-no-number',
      '/moderate/decide reject-report', '/moderate/language', '/moderate/logout',
    ]);
  });

  const targets = ['/moderate/decide', '/moderate/language', '/moderate/logout', '/moderate/publish/held'];
  for (const [label, csrf] of [['missing', undefined], ['wrong', 'A'.repeat(43)], ['empty', ''], ['another shape', 'x']] as const) {
    it(`refuses a ${label} token on every form`, async () => {
      const forms = [
        ...(await formsOn(`/moderate/numbers/${encodeURIComponent(NUMBER)}`)),
        ...(await formsOn('/moderate/no-number')),
        ...targets.map((action) => ({ action, fields: { csrf: session.csrf, version: '7', choice: 'confirm', reason: 'r' } as Record<string, string> })),
      ];
      const before = await auditCount();
      for (const { action, fields } of forms) {
        const rest = { ...fields };
        delete rest.csrf;
        const payload = form(csrf === undefined ? rest : { ...rest, csrf });
        const response = await t.app.inject({ method: 'POST', url: action, headers: { ...FORM, cookie: session.cookie }, payload });
        expect(response.statusCode, `${action} ${fields.action ?? ''}`).toBe(403);
        expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      }
      expect(await auditCount()).toBe(before);
      expect(t.publisher.calls).toEqual([]);
      const [report] = await t.db.query<{ status: string }>("SELECT r.status FROM reports r JOIN report_numbers n ON n.report_id = r.id WHERE n.number = $1", [NUMBER]);
      expect(report?.status).toBe('under-review');
      // The session survived: logout without a token did not log out.
      expect((await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie: session.cookie } })).statusCode).toBe(200);
    });
  }

  it('refuses a form post without a session, and a body that is not a form', async () => {
    const noSession = await t.app.inject({ method: 'POST', url: '/moderate/decide', headers: FORM, payload: form({ csrf: session.csrf, action: 'reject', number: NUMBER, reason: 'x' }) });
    expect(noSession.statusCode).toBe(403);
    const json = await t.app.inject({
      method: 'POST', url: '/moderate/decide', headers: { 'content-type': 'application/json', cookie: session.cookie },
      payload: JSON.stringify({ csrf: session.csrf, action: 'reject', number: NUMBER, reason: 'x' }),
    });
    expect(json.statusCode).toBe(415);
    expect(await auditCount()).toBe(0);
  });

  it('accepts the right token (the control case)', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/moderate/decide', headers: { ...FORM, cookie: session.cookie },
      payload: form({ csrf: session.csrf, action: 'reject', number: NUMBER, reason: 'not a scam' }),
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/moderate/numbers/${encodeURIComponent(NUMBER)}?done=1`);
    expect(await auditCount()).toBe(1);
  });
});

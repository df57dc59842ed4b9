import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode, totpStep } from '../../../server/moderation/accounts/totp.ts';
import { addAccount, FORM, form, loggedIn, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let moderator: { cookie: string; csrf: string };
let admin: { cookie: string; csrf: string };

beforeAll(async () => {
  t = await startTestApp();
  await addAccount(t, 'mia', 'moderator');
  const secret = (await addAccount(t, 'ada', 'admin')) ?? '';
  moderator = await loggedIn(t, 'mia');
  admin = await loggedIn(t, 'ada', totpCode(secret, totpStep(t.clock.now())));
  t.publisher.status_ = {
    current: { version: 6, at: new Date('2026-11-30T11:00:00Z'), entries: 100, allowed: 6, added: 1, removed: 0 },
    held: { version: 7, at: new Date('2026-11-30T11:30:00Z'), entries: 10, allowed: 6, added: 0, removed: 90 },
    lastError: { message: 'disk full <b>', at: new Date('2026-11-30T11:31:00Z') },
    pendingSince: undefined,
  };
});
afterAll(async () => {
  await t.app.close();
  await t.db.close();
});

const held = (session: { cookie: string; csrf: string }, choice: string) =>
  t.app.inject({ method: 'POST', url: '/moderate/publish/held', headers: { ...FORM, cookie: session.cookie }, payload: form({ csrf: session.csrf, version: '7', choice, reason: 'checked the diff' }) });

describe('admin-only actions', () => {
  it('shows a moderator the held publish and the last error, but no buttons', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/moderate/publish', headers: { cookie: moderator.cookie } })).body;
    expect(body).toContain('A publish is held');
    expect(body).toContain('disk full &lt;b&gt;');
    expect(body).toContain('An admin must confirm or discard it.');
    expect(body).not.toContain('/moderate/publish/held');
  });

  it('refuses a moderator who confirms or discards a held publish, even with a valid token', async () => {
    for (const choice of ['confirm', 'discard']) expect((await held(moderator, choice)).statusCode).toBe(403);
    expect(t.publisher.calls).toEqual([]);
  });

  it('lets an admin confirm and discard, with the actor and reason passed on', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/moderate/publish', headers: { cookie: admin.cookie } })).body;
    expect(body).toContain('action="/moderate/publish/held"');
    expect((await held(admin, 'confirm')).statusCode).toBe(303);
    expect((await held(admin, 'discard')).statusCode).toBe(303);
    expect(t.publisher.calls).toEqual(['confirm 7 user:ada checked the diff', 'discard 7 user:ada checked the diff']);
  });

  it('requires a reason and a valid version from an admin too', async () => {
    const noReason = await t.app.inject({ method: 'POST', url: '/moderate/publish/held', headers: { ...FORM, cookie: admin.cookie }, payload: form({ csrf: admin.csrf, version: '7', choice: 'confirm', reason: ' ' }) });
    expect(noReason.headers.location).toBe('/moderate/publish?error=missing-reason');
    const badVersion = await t.app.inject({ method: 'POST', url: '/moderate/publish/held', headers: { ...FORM, cookie: admin.cookie }, payload: form({ csrf: admin.csrf, version: '7; drop', choice: 'confirm', reason: 'x' }) });
    expect(badVersion.headers.location).toBe('/moderate/publish?error=invalid-version');
    expect(t.publisher.calls.length).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode, totpStep } from '../../../server/moderation/accounts/totp.ts';
import { DEFAULT_MODERATION_SETTINGS } from '../../../server/moderation/routes.ts';
import { addAccount, cookieFrom, csrfFrom, FORM, form, loggedIn, login, startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let adminSecret = '';

beforeAll(async () => {
  t = await startTestApp({ ...DEFAULT_MODERATION_SETTINGS, throttle: { windowMinutes: 15, perAccount: 3, perClient: 6 } });
  await addAccount(t, 'mia', 'moderator');
  await addAccount(t, 'gone', 'moderator', true);
  adminSecret = (await addAccount(t, 'ada', 'admin')) ?? '';
  for (const name of ['locked', 'c1', 'c2', 'c3', 'expiring', 'leaver']) await addAccount(t, name, 'moderator');
});
afterAll(async () => {
  await t.app.close();
  await t.db.close();
});

const codeNow = (offsetSteps = 0): string => totpCode(adminSecret, totpStep(t.clock.now()) + offsetSteps);

describe('login', () => {
  it('sets a __Host- session cookie: Secure, HttpOnly, SameSite=Strict, Path=/, no Domain', async () => {
    const response = await login(t, 'mia');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/moderate/queue');
    const header = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-hg-session=')) ?? '';
    expect(header).toMatch(/; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(header).not.toMatch(/Domain/i);
    // Only a hash of the token is stored.
    const rows = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.map((r) => r.token_hash)).not.toContain(response.session);
  });

  it('gives one message for a wrong password, an unknown name and a disabled account', async () => {
    const wrong = await t.app.inject({ method: 'GET', url: '/moderate/login' });
    const bodies: string[] = [];
    for (const [name, password] of [['mia', 'wrong password!!'], ['nobody', 'whatever password'], ['gone', 'correct horse battery staple']]) {
      const response = await t.app.inject({
        method: 'POST', url: '/moderate/login', remoteAddress: `10.0.0.${bodies.length + 1}`,
        headers: { ...FORM, cookie: `__Host-hg-login=${cookieFrom(wrong, '__Host-hg-login')}` },
        payload: form({ csrf: csrfFrom(wrong.body), name: name!, password: password!, code: '' }),
      });
      expect(response.statusCode).toBe(401);
      expect(cookieFrom(response, '__Host-hg-session')).toBeUndefined();
      bodies.push(response.body.replace(/name="csrf" value="[^"]+"/, ''));
    }
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain('The name, password or code is not right.');
  });

  it('refuses a login form without its double-submit token', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/moderate/login', headers: FORM, payload: form({ name: 'mia', password: 'correct horse battery staple' }) });
    expect(response.statusCode).toBe(403);
  });

  it('requires a TOTP code from an admin, and never accepts one twice', async () => {
    expect((await login(t, 'ada', '')).statusCode).toBe(401);
    expect((await login(t, 'ada', '000000' === codeNow() ? '111111' : '000000')).statusCode).toBe(401);
    const code = codeNow();
    expect((await login(t, 'ada', code)).session).toBeDefined();
    const replay = await login(t, 'ada', code);
    expect(replay.statusCode).toBe(401);
    expect(replay.session).toBeUndefined();
    // The previous step's code is older than the one used: refused too.
    expect((await login(t, 'ada', codeNow(-1))).statusCode).toBe(401);
    t.clock.advance(30_000);
    expect((await login(t, 'ada', codeNow())).session).toBeDefined();
  });
});

describe('throttling', () => {
  it('locks an account after repeated failures, with a clear message, until the window passes', async () => {
    for (let i = 0; i < 3; i++) {
      const page = await t.app.inject({ method: 'GET', url: '/moderate/login' });
      await t.app.inject({
        method: 'POST', url: '/moderate/login', remoteAddress: `10.1.0.${i}`,
        headers: { ...FORM, cookie: `__Host-hg-login=${cookieFrom(page, '__Host-hg-login')}` },
        payload: form({ csrf: csrfFrom(page.body), name: 'locked', password: 'not the password', code: '' }),
      });
    }
    const refused = await login(t, 'locked', '', '10.1.1.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Too many failed attempts. Wait 15 minutes');
    expect(refused.headers['retry-after']).toBe('900');
    t.clock.advance(15 * 60_000 + 1);
    expect((await login(t, 'locked', '', '10.1.1.1')).session).toBeDefined();
  });

  it('locks a client that tries many accounts, even with the right password afterwards', async () => {
    const address = '10.2.0.1';
    for (const name of ['c1', 'c2', 'c3', 'c1', 'c2', 'c3']) {
      const page = await t.app.inject({ method: 'GET', url: '/moderate/login', remoteAddress: address });
      await t.app.inject({
        method: 'POST', url: '/moderate/login', remoteAddress: address,
        headers: { ...FORM, cookie: `__Host-hg-login=${cookieFrom(page, '__Host-hg-login')}` },
        payload: form({ csrf: csrfFrom(page.body), name, password: 'guess guess guess', code: '' }),
      });
    }
    expect((await login(t, 'mia', '', address)).statusCode).toBe(429);
    expect((await login(t, 'mia', '', '10.2.0.2')).session).toBeDefined();
    const clients = await t.db.query<{ client: string }>('SELECT DISTINCT client FROM login_failures');
    expect(clients.map((c) => c.client)).not.toContain(address);
  });
});

describe('sessions', () => {
  it('expire after the absolute lifetime', async () => {
    const { cookie } = await loggedIn(t, 'expiring');
    expect((await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(12 * 3_600_000 - 1000);
    expect((await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(2000);
    const expired = await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie } });
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toBe('/moderate/login');
  });

  it('end on logout: the same cookie opens nothing afterwards', async () => {
    const { cookie, csrf } = await loggedIn(t, 'leaver');
    const out = await t.app.inject({ method: 'POST', url: '/moderate/logout', headers: { ...FORM, cookie }, payload: form({ csrf }) });
    expect(out.statusCode).toBe(303);
    expect([out.headers['set-cookie']].flat().join('\n')).toMatch(/__Host-hg-session=; Path=\/; Secure; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect((await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie } })).statusCode).toBe(303);
  });

  it('end when the account is disabled', async () => {
    const { cookie } = await loggedIn(t, 'c3');
    await t.db.query("UPDATE users SET disabled_at = now() WHERE name = 'c3'");
    expect((await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie } })).statusCode).toBe(303);
  });
});

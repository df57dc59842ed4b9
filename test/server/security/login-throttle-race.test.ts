/**
 * Password guessing sent in parallel. The throttle used to check the failure count, then verify the password
 * (a slow scrypt), then record the failure: forty guesses sent at once all passed the check before any was
 * recorded, so a limit of three per account let forty guesses through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODERATION_SETTINGS } from '../../../server/moderation/routes.ts';
import { addAccount, cookieFrom, csrfFrom, FORM, form, login, startTestApp, type TestApp } from '../moderation/support/test-app.ts';

let t: TestApp;
const LIMITS = { windowMinutes: 15, perAccount: 3, perClient: 6 };

beforeAll(async () => {
  // No cap on concurrent checks here: this is about the throttle alone (the cap has its own test).
  t = await startTestApp({ ...DEFAULT_MODERATION_SETTINGS, throttle: LIMITS, concurrentPasswordChecks: 1000 });
  for (const name of ['mia', 'noor']) await addAccount(t, name, 'moderator');
});
afterAll(async () => {
  await t.app.close();
  await t.db.close();
});

async function guessAtOnce(guesses: { name: string; remoteAddress: string }[]): Promise<Record<number, number>> {
  const page = await t.app.inject({ method: 'GET', url: '/moderate/login' });
  const cookie = `__Host-hg-login=${cookieFrom(page, '__Host-hg-login')}`;
  const csrf = csrfFrom(page.body);
  const answers = await Promise.all(guesses.map(({ name, remoteAddress }, i) => t.app.inject({
    method: 'POST', url: '/moderate/login', remoteAddress, headers: { ...FORM, cookie },
    payload: form({ csrf, name, password: `wrong guess number ${i}`, code: '' }),
  })));
  const counts: Record<number, number> = {};
  for (const a of answers) counts[a.statusCode] = (counts[a.statusCode] ?? 0) + 1;
  return counts;
}

describe('login throttling under parallel guesses', () => {
  it('lets at most the per-account limit of simultaneous guesses reach the password check', async () => {
    const counts = await guessAtOnce(Array.from({ length: 40 }, (_, i) => ({ name: 'mia', remoteAddress: `10.7.0.${i + 1}` })));
    expect(counts[401]).toBe(LIMITS.perAccount);
    expect(counts[429]).toBe(40 - LIMITS.perAccount);
    // And the account stays locked for the right password too, until the window passes.
    expect((await login(t, 'mia', '', '10.7.1.1')).statusCode).toBe(429);
    t.clock.advance(LIMITS.windowMinutes * 60_000 + 1000);
    expect((await login(t, 'mia', '', '10.7.1.1')).statusCode).toBe(303);
  });

  it('lets at most the per-client limit through from one address, across account names', async () => {
    const counts = await guessAtOnce(Array.from({ length: 40 }, (_, i) => ({ name: `name-${i}`, remoteAddress: '10.8.0.1' })));
    expect(counts[401]).toBe(LIMITS.perClient);
    expect(counts[429]).toBe(40 - LIMITS.perClient);
  });

  it('does not count refused attempts, so the lock lifts when the window passes', async () => {
    t.clock.advance(LIMITS.windowMinutes * 60_000 + 1000);
    await guessAtOnce(Array.from({ length: 10 }, () => ({ name: 'noor', remoteAddress: '10.9.0.1' })));
    t.clock.advance(LIMITS.windowMinutes * 60_000 + 1000);
    expect((await login(t, 'noor', '', '10.9.0.2')).statusCode).toBe(303);
  });
});

describe('password checks at once, across accounts and clients', () => {
  it('hashes at most the cap at a time and answers the rest "busy" with Retry-After, never 5xx of another kind', async () => {
    const capped = await startTestApp({ ...DEFAULT_MODERATION_SETTINGS, concurrentPasswordChecks: 2 });
    try {
      const page = await capped.app.inject({ method: 'GET', url: '/moderate/login' });
      const cookie = `__Host-hg-login=${cookieFrom(page, '__Host-hg-login')}`;
      const csrf = csrfFrom(page.body);
      // Invented names from many addresses: each passes its own throttle, only the cap holds them back.
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => capped.app.inject({
        method: 'POST', url: '/moderate/login', remoteAddress: `10.9.0.${i + 1}`, headers: { ...FORM, cookie },
        payload: form({ csrf, name: `invented${i}`, password: 'a long enough guess', code: '' }),
      })));
      const statuses = answers.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(2);
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
      expect(answers.find((a) => a.statusCode === 503)?.headers['retry-after']).toBe('5');
      // Once the checks are done the slots are free again.
      const later = await capped.app.inject({
        method: 'POST', url: '/moderate/login', remoteAddress: '10.9.1.1', headers: { ...FORM, cookie },
        payload: form({ csrf, name: 'invented-later', password: 'a long enough guess', code: '' }),
      });
      expect(later.statusCode).toBe(401);
    } finally {
      await capped.app.close();
      await capped.db.close();
    }
  });
});

/**
 * A minimal Fastify app with the moderation plugin and the partner API on a PGlite database, a clock the test moves, and a
 * stub publisher that records what it was asked. Until server/app.ts's buildApp exists this stands in for
 * it; the moderation routes see exactly the deps the real app passes.
 */
import { createHmac, randomBytes as nodeRandomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import type { Db } from '../../../../server/store/db.ts';
import type { PublishControl, PublishStatus } from '../../../../server/publish/publish-control.ts';
import { hashPassword } from '../../../../server/moderation/accounts/password.ts';
import { secretBox, type SecretBox } from '../../../../server/moderation/accounts/secret-box.ts';
import { newTotpSecret } from '../../../../server/moderation/accounts/totp.ts';
import { insertUser, type Role } from '../../../../server/moderation/accounts/users.ts';
import { registerModeration, DEFAULT_MODERATION_SETTINGS, type ModerationSettings } from '../../../../server/moderation/routes.ts';
import { registerPartnerApi } from '../../../../server/moderation/partner-api.ts';
import { registerErrorHandling } from '../../../../server/http/errors.ts';
import { registerSecurityHeaders } from '../../../../server/http/security-headers.ts';
import { openTestDb, testClock, testRandom } from './test-db.ts';

export interface StubPublisher extends PublishControl {
  readonly calls: string[];
  status_: PublishStatus;
}

export function stubPublisher(): StubPublisher {
  const calls: string[] = [];
  const stub: StubPublisher = {
    calls,
    status_: { current: undefined, held: undefined, lastError: undefined, pendingSince: undefined },
    status: async () => stub.status_,
    confirmHeld: async (version, actor, reason) => void calls.push(`confirm ${version} ${actor} ${reason}`),
    discardHeld: async (version, actor, reason) => void calls.push(`discard ${version} ${actor} ${reason}`),
  };
  return stub;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly clock: ReturnType<typeof testClock>;
  readonly publisher: StubPublisher;
  readonly randomBytes: (n: number) => Uint8Array;
  /** The box admins' TOTP secrets are sealed with, under a key made for this app. */
  readonly secrets: SecretBox;
}

export const pseudonymise = async (address: string): Promise<string> => createHmac('sha256', 'test-key').update(address).digest('hex');

export async function startTestApp(settings: ModerationSettings = DEFAULT_MODERATION_SETTINGS, db?: Db): Promise<TestApp> {
  const database = db ?? (await openTestDb());
  const clock = testClock();
  const publisher = stubPublisher();
  const randomBytes = testRandom(Math.floor(Math.random() * 1e9));
  // The service's own error handling and headers, as server/app.ts sets them, around the two plugins.
  const app = Fastify({ bodyLimit: 64 * 1024 });
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  const secrets = secretBox(new Uint8Array(nodeRandomBytes(32)), randomBytes);
  registerModeration(app, { db: database, now: clock.now, randomBytes, pseudonymise, publish: publisher, secrets, settings });
  registerPartnerApi(app, { db: database, now: clock.now });
  await app.ready();
  return { app, db: database, clock, publisher, randomBytes, secrets };
}

export const PASSWORD = 'correct horse battery staple';

/** Adds an account; an admin gets a TOTP secret, returned so the test can make codes. */
export async function addAccount(t: TestApp, name: string, role: Role, disabled = false): Promise<string | null> {
  const totpSecret = role === 'admin' ? newTotpSecret(t.randomBytes) : null;
  const sealedTotpSecret = totpSecret && t.secrets.seal(totpSecret, name);
  await insertUser(t.db, { name, role, passwordHash: await hashPassword(PASSWORD, t.randomBytes, { log2N: 10, r: 8, p: 1 }), sealedTotpSecret, at: t.clock.now() });
  if (disabled) await t.db.query('UPDATE users SET disabled_at = now() WHERE name = $1', [name]);
  return totpSecret;
}

export function cookieFrom(response: LightMyRequestResponse, name: string): string | undefined {
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header ? [header] : [];
  for (const line of lines) {
    const match = new RegExp(`^${name.replace(/[-]/g, '\\-')}=([^;]*)`).exec(line);
    if (match) return match[1];
  }
  return undefined;
}

export function csrfFrom(body: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(body);
  if (!match?.[1]) throw new Error('no CSRF field on the page');
  return match[1];
}

export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Logs in over HTTP like a browser: fetch the form (login cookie + token), post it, keep the session cookie. */
export async function login(t: TestApp, name: string, code = '', remoteAddress = '127.0.0.1'): Promise<LightMyRequestResponse & { session?: string }> {
  const page = await t.app.inject({ method: 'GET', url: '/moderate/login', remoteAddress });
  const loginCookie = cookieFrom(page, '__Host-hg-login') ?? '';
  const response = await t.app.inject({
    method: 'POST', url: '/moderate/login', remoteAddress, headers: { ...FORM, cookie: `__Host-hg-login=${loginCookie}` },
    payload: form({ csrf: csrfFrom(page.body), name, password: PASSWORD, code }),
  });
  const session = cookieFrom(response, '__Host-hg-session');
  return Object.assign(response, session ? { session } : {});
}

/** A logged-in reviewer's cookie and current CSRF token. */
export async function loggedIn(t: TestApp, name: string, code = ''): Promise<{ cookie: string; csrf: string }> {
  const response = await login(t, name, code);
  if (!response.session) throw new Error(`login as ${name} failed: ${response.statusCode}`);
  const cookie = `__Host-hg-session=${response.session}`;
  const queue = await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie } });
  return { cookie, csrf: csrfFrom(queue.body) };
}

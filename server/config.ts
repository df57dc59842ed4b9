/**
 * Every setting of the report service in one place, read once at start from the environment (and `--port`),
 * checked, and passed to the parts. A bad value stops the service with a message naming the variable, rather
 * than running with a guess.
 *
 *   HG_HOST, HG_PORT          where to listen (default 127.0.0.1:8787)
 *   HG_DATA_DIR               the service's own folder (default ~/.helpdesk-guard/server): the embedded
 *                             database, the published list, and in development the signing key
 *   DATABASE_URL              postgres://… to use a PostgreSQL server instead of the embedded database
 *   HG_LIST_DIR               where list.json and list.json.sig are written (default <data>/list)
 *   HG_SIGNING_KEY            the private key file (JWK, from `npm run list -- keygen`); in development a
 *                             key is made in <data>/keys when unset
 *   HG_TOTP_KEY               the key file admins' TOTP secrets are sealed with (default <data>/keys/totp.key,
 *                             made on first use; instances sharing one database must share it)
 *   HG_PRODUCTION=1           production: never makes a key of its own (a missing key stops publishing,
 *                             visibly, while intake goes on)
 *   HG_EXPIRY_DAYS            a listed number not reported again for this long leaves the list (180)
 *   HG_HOLD_REMOVAL_SHARE     a publish removing more than this share of the list waits for an admin (0.1)
 *   HG_PUBLISH_DELAY_S        decisions are published together at most this often (60)
 *   HG_PUBLISH_EVERY_H        the list is rebuilt on this schedule too, for expiry (1)
 *   HG_REPORTS_PER_HOUR       reports one client may send per hour, on average (30)
 *   HG_REPORT_BURST           … and at once (10)
 *   HG_TRUST_PROXY            the number of proxies in front whose X-Forwarded-For is believed (0)
 *   HG_SEED_LIST              the list imported into an empty database (lists/seed.json)
 *   HG_LOG=0                  no request log on standard output (it never holds addresses either way)
 *
 * The account command line also reads HG_NEW_PASSWORD (a new account's password, for scripts), which is a
 * secret for one command rather than a setting of the service (server/moderation/cli.ts).
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';

export interface ServiceConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly listDir: string;
  readonly signingKeyPath: string | undefined;
  readonly totpKeyPath: string;
  readonly production: boolean;
  readonly expiryDays: number;
  readonly holdRemovalShare: number;
  readonly publishDelayMs: number;
  readonly publishEveryMs: number;
  readonly reportsPerHour: number;
  readonly reportBurst: number;
  readonly trustProxy: number;
  readonly seedListPath: string;
  readonly log: boolean;
}

export class ConfigError extends Error {}

const ROOT = resolve(import.meta.dirname, '..');

function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new ConfigError(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return value;
}

export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  return resolve(env['HG_DATA_DIR'] || resolve(homedir(), '.helpdesk-guard', 'server'));
}

export function readConfig(env: NodeJS.ProcessEnv, overrides: { port?: number } = {}): ServiceConfig {
  const dataDir = defaultDataDir(env);
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must start with postgres://');
  const production = env['HG_PRODUCTION'] === '1';
  const signingKeyPath = env['HG_SIGNING_KEY'] ? resolve(env['HG_SIGNING_KEY']) : undefined;
  return {
    host: env['HG_HOST'] || '127.0.0.1',
    port: overrides.port ?? numberSetting(env, 'HG_PORT', 8787, 0, 65535),
    dataDir,
    databaseUrl,
    listDir: resolve(env['HG_LIST_DIR'] || resolve(dataDir, 'list')),
    signingKeyPath,
    totpKeyPath: resolve(env['HG_TOTP_KEY'] || resolve(dataDir, 'keys', 'totp.key')),
    production,
    expiryDays: numberSetting(env, 'HG_EXPIRY_DAYS', 180, 1, 3650),
    holdRemovalShare: numberSetting(env, 'HG_HOLD_REMOVAL_SHARE', 0.1, 0, 1),
    publishDelayMs: numberSetting(env, 'HG_PUBLISH_DELAY_S', 60, 0, 86_400) * 1000,
    publishEveryMs: numberSetting(env, 'HG_PUBLISH_EVERY_H', 1, 0.01, 168) * 3_600_000,
    reportsPerHour: numberSetting(env, 'HG_REPORTS_PER_HOUR', 30, 1, 1_000_000),
    reportBurst: numberSetting(env, 'HG_REPORT_BURST', 10, 1, 1_000_000),
    trustProxy: numberSetting(env, 'HG_TRUST_PROXY', 0, 0, 10),
    seedListPath: resolve(env['HG_SEED_LIST'] || resolve(ROOT, 'lists/seed.json')),
    log: env['HG_LOG'] !== '0',
  };
}

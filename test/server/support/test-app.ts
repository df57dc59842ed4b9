/**
 * The service's web app over a fresh in-memory database, with a clock the test moves and a publisher that
 * writes to a temporary folder with a throw-away key: the same parts `npm run server` starts.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { secretBox, type SecretBox } from '../../../server/moderation/accounts/secret-box.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { TrustedKey } from '../../../src/core/blocklist/verify-signature.ts';
import { buildApp } from '../../../server/app.ts';
import { pseudonymiser } from '../../../server/privacy/pseudonym.ts';
import { Publisher } from '../../../server/publish/publisher.ts';
import type { SigningKey } from '../../../server/publish/signing-key.ts';
import type { Db } from '../../../server/store/db.ts';
import { generateKeyPair } from '../../../tools/list/keys.ts';
import { openTestDb, type Engine } from './test-databases.ts';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly publisher: Publisher;
  readonly listDir: string;
  readonly trusted: TrustedKey;
  /** The clock every part reads; tests move it. */
  time: Date;
  /** Replace to simulate a missing or broken key. */
  signingKey: () => SigningKey;
  /** The box the app seals admins' TOTP secrets with. */
  readonly secrets: SecretBox;
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly engine?: Engine;
  readonly reportsPerHour?: number;
  readonly reportBurst?: number;
  readonly holdRemovalShare?: number;
  readonly logger?: NodeJS.WritableStream;
  readonly requestTimeoutMs?: number;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await openTestDb(options.engine ?? 'pglite');
  const listDir = mkdtempSync(join(tmpdir(), 'hg-list-'));
  const pair = await generateKeyPair('test-key');
  let counter = 0;
  const randomBytes = (n: number): Uint8Array => new Uint8Array(n).map(() => (counter++ * 37) & 0xff);
  const state = {
    time: new Date('2026-11-30T12:00:00Z'),
    signingKey: (): SigningKey => ({ keyId: 'test-key', jwk: pair.privateJwk as SigningKey['jwk'] }),
  };
  const now = (): Date => state.time;
  const publisher = new Publisher({
    db, now, listDir, signingKey: () => state.signingKey(), expiryDays: 180, holdRemovalShare: options.holdRemovalShare ?? 0.1,
  });
  const secrets = secretBox(new Uint8Array(nodeRandomBytes(32)), randomBytes);
  const app = buildApp({
    db, now, randomBytes, publisher, secrets, pseudonymise: pseudonymiser({ db, now, randomBytes }),
    reportsPerHour: options.reportsPerHour ?? 1000, reportBurst: options.reportBurst ?? 1000, trustProxy: 0,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
  await app.ready();
  return Object.assign(state, {
    app, db, publisher, listDir, trusted: pair.trusted, secrets,
    async close() {
      await app.close();
      await db.close();
      rmSync(listDir, { recursive: true, force: true });
    },
  });
}

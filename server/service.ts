/**
 * The running service: opens the store, makes sure there is a list to serve, starts the web app and the
 * timers (publish, retention, picking up lists other instances published), and stops all of it cleanly.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { ServiceConfig } from './config.ts';
import { applyRetention } from './privacy/retention.ts';
import { pseudonymiser } from './privacy/pseudonym.ts';
import { importSeedIfEmpty } from './publish/import-seed.ts';
import { isPublishDue, scheduleInput } from './publish/publish-schedule.ts';
import type { ListFolderFs } from './publish/list-folder.ts';
import { Publisher } from './publish/publisher.ts';
import { ensureDevelopmentKey, KeyError, loadSigningKey } from './publish/signing-key.ts';
import { openSecretBox, type SecretBox } from './moderation/accounts/secret-box.ts';
import type { Db } from './store/db.ts';
import { openDb } from './store/open-store.ts';

export interface Service {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly publisher: Publisher;
  readonly signingKeyPath: string | undefined;
  readonly secrets: SecretBox;
  close(): Promise<void>;
}

export interface ServiceClock {
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Uint8Array;
}

/** What a test may replace at the service's edges to cause faults (node:fs for the list folder by default). */
export interface ServiceFaults {
  readonly listFolderFs?: ListFolderFs;
}

const TICK_MS = 5_000;
const RETENTION_MS = 3_600_000;

const REAL_CLOCK: ServiceClock = { now: () => new Date(), randomBytes: (n) => new Uint8Array(nodeRandomBytes(n)) };

export async function startService(config: ServiceConfig, clock: ServiceClock = REAL_CLOCK, logger = false, faults: ServiceFaults = {}): Promise<Service> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'db') });
  const signingKeyPath = config.signingKeyPath ?? (config.production ? undefined : await ensureDevelopmentKey(config.dataDir));
  const publisher = new Publisher({
    db,
    now: clock.now,
    listDir: config.listDir,
    signingKey: () => {
      if (!signingKeyPath) throw new KeyError('no signing key is configured (HG_SIGNING_KEY)');
      return loadSigningKey(signingKeyPath);
    },
    expiryDays: config.expiryDays,
    holdRemovalShare: config.holdRemovalShare,
    ...(faults.listFolderFs ? { listFolderFs: faults.listFolderFs } : {}),
  });
  await importSeedIfEmpty(db, config.seedListPath, clock.now());
  const secrets = await openSecretBox(db, config.totpKeyPath, clock.randomBytes, (line) => console.warn(`helpdesk-guard service: ${line}`));
  // A folder that cannot be written is recorded by the publisher and tried again at each tick; a database
  // that cannot be read fails the start below anyway.
  await publisher.refresh(true).catch(() => undefined);
  const app = buildApp({
    db, now: clock.now, randomBytes: clock.randomBytes, publisher, logger, secrets,
    pseudonymise: pseudonymiser({ db, now: clock.now, randomBytes: clock.randomBytes }),
    reportsPerHour: config.reportsPerHour, reportBurst: config.reportBurst, trustProxy: config.trustProxy,
  });

  const tick = async (): Promise<void> => {
    await publisher.refresh();
    const due = isPublishDue(await scheduleInput(db, clock.now().getTime(), config.publishDelayMs, config.publishEveryMs));
    if (due) await publisher.publish();
  };
  let lastRetention = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = async (): Promise<void> => {
    // Failures are recorded by the publisher for the moderation page; the loop itself must go on.
    await tick().catch((error: unknown) => app.log.warn({ err: String(error) }, 'publish failed'));
    if (clock.now().getTime() - lastRetention >= RETENTION_MS) {
      lastRetention = clock.now().getTime();
      await applyRetention(db, clock.now()).catch((error: unknown) => app.log.warn({ err: String(error) }, 'retention failed'));
    }
    if (!stopped) timer = setTimeout(() => void loop(), TICK_MS);
  };
  await loop();
  const address = await app.listen({ host: config.host, port: config.port });
  return {
    url: address.replace('[::1]', 'localhost'),
    app,
    db,
    publisher,
    signingKeyPath,
    secrets,
    async close() {
      stopped = true;
      clearTimeout(timer);
      await app.close();
      await db.close();
    },
  };
}

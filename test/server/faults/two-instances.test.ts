// Two service processes on one PostgreSQL database, taking reports and decisions at once, as behind a load
// balancer (docs/service.md, "Growing past one machine"). Each report is sent to both instances at the same
// moment: one stores it, the other answers that it has it, and the table holds it once. Decisions go to either
// instance, and both instances' publish timers race for the same dirty flag. The publisher's advisory lock
// is shown, not assumed: while this test holds that lock, both instances queue on it (pg_locks) and nothing is
// published; released, the versions go on growing, strictly, in publish order. At the end both instances
// serve the newest list from the database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { runAccountCommand } from '../../../server/moderation/cli.ts';
import { PUBLISH_LOCK } from '../../../server/publish/publisher.ts';
import type { Db } from '../../../server/store/db.ts';
import { openPostgres } from '../../../server/store/pg-db.ts';
import { generateKeyPair } from '../../../tools/list/keys.ts';
import { newReport, send, type Delivery } from '../support/report-stream.ts';
import { startServiceProcess, type ServiceProcess } from '../support/service-process.ts';
import { createPostgresDatabase } from '../support/test-databases.ts';

let databaseUrl: string;
let db: Db;
let instances: ServiceProcess[] = [];
let token = '';
const folders: string[] = [];

beforeAll(async () => {
  databaseUrl = await createPostgresDatabase();
  const keys = mkdtempSync(join(tmpdir(), 'hg-two-keys-'));
  folders.push(keys);
  const pair = await generateKeyPair('two-instances');
  writeFileSync(join(keys, 'key.jwk'), JSON.stringify(pair.privateJwk), { mode: 0o600 });
  const start = (): Promise<ServiceProcess> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hg-two-'));
    folders.push(dataDir);
    // Decisions are published at the next tick of either instance (every 5 s), not a minute later.
    return startServiceProcess({ HG_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, HG_SIGNING_KEY: join(keys, 'key.jwk'), HG_PUBLISH_DELAY_S: '0', HG_PUBLISH_EVERY_H: '168' });
  };
  // Started together, so that they also migrate and import the seed at the same time.
  instances = await Promise.all([start(), start()]);
  db = await openPostgres(databaseUrl, 2);
  const io = {
    out: (line: string) => void (/^\s+(\S{20,})$/.exec(line)?.[1] && (token = line.trim())),
    err: () => undefined, readSecret: async () => '', now: () => new Date(),
    randomBytes: (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
  };
  expect(await runAccountCommand(db, ['partner', 'add', 'desk', '--trusted', '--reason', 'two-instance test'], io)).toBe(0);
  expect(token).not.toBe('');
});

afterAll(async () => {
  await Promise.all(instances.map((s) => s.kill('SIGKILL')));
  await db?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const instance = (i: number): ServiceProcess => instances[i % 2] as ServiceProcess;

/** One report, sent to both instances at once. */
async function reportToBoth(index: number): Promise<Delivery[]> {
  const { id, body } = newReport(index);
  return Promise.all(instances.map((s) => send(s.url, id, body)));
}

async function decide(i: number, number: string): Promise<number> {
  const answer = await fetch(`${instance(i).url}/v1/partner/decisions`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'list', number, reason: 'seen on a fake helpdesk page', brand: 'microsoft' }),
  });
  return answer.status;
}

/** Backends holding (granted) or waiting for the publisher's advisory lock, other than `except`. */
async function publishLockHolders(except: number): Promise<{ granted: number; waiting: number }> {
  const [row] = await db.query<{ granted: number; waiting: number }>(
    `SELECT count(*) FILTER (WHERE granted)::int AS granted, count(*) FILTER (WHERE NOT granted)::int AS waiting FROM pg_locks
      WHERE locktype = 'advisory' AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = $1 AND pid <> $2`,
    [PUBLISH_LOCK, except],
  );
  return row ?? { granted: 0, waiting: 0 };
}

const published = (): Promise<{ version: number; at: Date }[]> =>
  db.query<{ version: number; at: Date }>(`SELECT version, at FROM publishes WHERE state = 'published' ORDER BY at, version`);

async function bounded<T>(what: string, probe: () => Promise<T | undefined>, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('two service instances on one PostgreSQL', () => {
  it('store each report once, publish one at a time under the advisory lock, with versions only growing, and both serve the newest list', async () => {
    const deliveries: Delivery[][] = [];
    const decisions: number[] = [];
    let index = 0;
    const numberOf = (i: number): string => `+1844555${String(i % 10_000).padStart(4, '0')}`;
    const load = async (rounds: number): Promise<void> => {
      for (let round = 0; round < rounds; round++) {
        const batch = await Promise.all([reportToBoth(index++), reportToBoth(index++), reportToBoth(index++)]);
        deliveries.push(...batch);
        decisions.push(await decide(round, numberOf(index - 1)));
        await new Promise((done) => setTimeout(done, 400));
      }
    };

    await load(24);
    const beforeHold = (await published()).length;

    // Hold the publisher's lock from outside: both instances must queue on it, and nothing may publish.
    const holder = await db.transaction(async (tx) => {
      const [{ pid } = { pid: 0 }] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await tx.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
      const during = load(6);
      const queued = await bounded('both instances to wait for the publish lock', async () => {
        const holders = await publishLockHolders(pid);
        return holders.waiting >= 2 ? holders : undefined;
      });
      await during;
      expect((await published()).length).toBe(beforeHold);
      return queued;
    });
    expect(holder).toEqual({ granted: 0, waiting: 2 });
    await load(12);

    // Reports: one 202 and one 200 for each, and each stored once.
    for (const pair of deliveries) expect(pair.map((d) => d.status).sort()).toEqual([200, 202]);
    const stored = await db.query<{ id: string }>('SELECT id FROM reports');
    expect(stored.map((r) => r.id).sort()).toEqual(deliveries.map((pair) => pair[0]?.id).sort());
    expect(decisions.every((status) => status === 200)).toBe(true);

    // Publishes: several, from the instances' own timers, in strictly growing versions.
    const afterAll = await bounded('a publish after the lock was released', async () => {
      const rows = await published();
      return rows.length > beforeHold + 1 ? rows : undefined;
    });
    const versions = afterAll.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);

    // Both serve the newest list, as it is in the database (each checks every 5 seconds), once the last
    // decisions are published.
    await bounded('the last decisions to be published', async () => {
      const [state] = await db.query<{ dirty_since: Date | null }>('SELECT dirty_since FROM publish_state WHERE id = 1');
      return state?.dirty_since === null ? true : undefined;
    });
    const [newest] = await db.query<{ version: number; list_json: string }>(`SELECT version, list_json FROM publishes WHERE state = 'published' ORDER BY version DESC LIMIT 1`);
    for (const s of instances) {
      const body = await bounded(`${s.url} to serve version ${newest?.version}`, async () => {
        const text = await (await fetch(`${s.url}/v1/list.json`)).text();
        return parseList(text).version === newest?.version ? text : undefined;
      });
      expect(body).toBe(newest?.list_json);
    }
    expect(instances.every((s) => s.child.exitCode === null)).toBe(true);
  });
});

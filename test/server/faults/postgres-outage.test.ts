// PostgreSQL stops under load: the service (a child process on a PostgreSQL server of this test's own, so
// that stopping it disturbs no other test) answers every report meanwhile with 503 and Retry-After, which the
// extension's queue retries later; never a 500, never a dropped connection, never a hang. When the server
// is back the same process takes reports again by itself, and with the 503s sent again (as the extension
// does) every report is stored exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../server/store/pg-db.ts';
import { startPostgresCluster, type PostgresCluster } from '../../../harness/postgres-cluster.ts';
import { isAcknowledged, redeliver, streamReports, type Delivery } from '../support/report-stream.ts';
import { startServiceProcess, type ServiceProcess } from '../support/service-process.ts';

let cluster: PostgresCluster;
let service: ServiceProcess;
let dataDir: string;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dataDir = mkdtempSync(join(tmpdir(), 'hg-outage-'));
  service = await startServiceProcess({ HG_DATA_DIR: dataDir, DATABASE_URL: cluster.url });
});

afterAll(async () => {
  await service?.kill('SIGKILL');
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Waits (bounded) until `deliveries` holds `count` answers that match, the stream running meanwhile. */
async function until(deliveries: () => readonly Delivery[], count: number, match: (d: Delivery) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (deliveries().filter(match).length >= count) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`never saw ${count} ${what}: ${JSON.stringify(deliveries().slice(-5).map((d) => d.status))}`);
}

describe('PostgreSQL stopped under load', () => {
  it('answers 503 with Retry-After while it is down, recovers by itself, and loses nothing it acknowledged', async () => {
    const deliveries: Delivery[] = [];
    let stop = false;
    const stream = streamReports({
      url: () => service.url, max: 3_000, concurrency: 4, pauseMs: 20, into: deliveries, until: () => stop,
    });
    await until(() => deliveries, 20, isAcknowledged, 'reports stored before the outage');
    cluster.pause();
    const atPause = deliveries.length;
    await until(() => deliveries, atPause + 20, () => true, 'answers during the outage');
    const during = deliveries.slice(atPause + 8);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((d) => d.status === 503), JSON.stringify(during.map((d) => d.status))).toBe(true);
    cluster.start();
    const atStart = deliveries.length;
    await until(() => deliveries.slice(atStart), 20, isAcknowledged, 'reports stored after the database came back');
    stop = true;
    await stream;

    expect(service.child.exitCode).toBeNull();
    const statuses = new Set(deliveries.map((d) => d.status));
    expect([...statuses].sort()).toEqual([202, 503]);
    const refused = deliveries.filter((d) => d.status === 503);
    expect(refused.every((d) => d.retryAfter !== undefined && Number(d.retryAfter) > 0)).toBe(true);

    // The extension sends each refused report again with the same bytes: 202, or 200 when the commit had
    // happened just before the connection broke.
    const again = await redeliver(service.url, refused);
    expect(again.every((d) => d.status === 202 || d.status === 200)).toBe(true);
    const db = await openPostgres(cluster.url, 1);
    try {
      const stored = await db.query<{ id: string; numbers: number }>(
        'SELECT r.id, (SELECT count(*)::int FROM report_numbers n WHERE n.report_id = r.id) AS numbers FROM reports r',
      );
      expect(stored.map((r) => r.id).sort()).toEqual(deliveries.map((d) => d.id).sort());
      expect(stored.every((r) => r.numbers === 2)).toBe(true);
    } finally {
      await db.close();
    }
  });
});

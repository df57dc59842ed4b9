// Nothing acknowledged is lost when the service dies: the real service, as a child process, takes a stream of
// reports and is killed with SIGKILL in the middle of it; after a restart on the same data every report that
// got a 2xx is there, and the reports whose answer never came (network errors) are delivered again as the
// extension's queue would, with their own ids, so that in the end each report is stored exactly once.
//
// On the embedded database this holds because PGlite's NodeFS writes every WAL record straight to the kernel
// with write() before COMMIT returns: the bytes survive the death of the process. PGlite runs PostgreSQL
// with fsync off and its fdatasync is a no-op, so it does not survive a power cut or a kernel crash; that is
// a limit of the embedded database (docs/service.md), not something a process crash can show.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../server/store/open-store.ts';
import { isAcknowledged, redeliver, streamReports, type Delivery } from '../support/report-stream.ts';
import { startServiceProcess, type ServiceProcess } from '../support/service-process.ts';
import { createPostgresDatabase } from '../support/test-databases.ts';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serviceOn(env: { HG_DATA_DIR: string; DATABASE_URL?: string }): Promise<ServiceProcess> {
  const service = await startServiceProcess(env);
  cleanups.push(() => service.kill('SIGKILL'));
  return service;
}

/** Sends reports until `ackedBeforeKill` are acknowledged, kills the service then, and stops a little later. */
async function streamAndKill(service: ServiceProcess, ackedBeforeKill: number): Promise<Delivery[]> {
  let killed = false;
  return streamReports({
    url: () => service.url,
    max: 2_000,
    concurrency: 6,
    until: (deliveries) => {
      if (!killed && deliveries.filter(isAcknowledged).length >= ackedBeforeKill) {
        killed = true;
        service.child.kill('SIGKILL');
      }
      return killed && deliveries.filter((d) => d.status === 'network').length >= 6;
    },
  });
}

interface StoredRow {
  id: string;
  numbers: number;
}

async function storedReports(env: { HG_DATA_DIR: string; DATABASE_URL?: string }): Promise<StoredRow[]> {
  const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : join(env.HG_DATA_DIR, 'db') });
  try {
    return await db.query<StoredRow>(
      `SELECT r.id, (SELECT count(*)::int FROM report_numbers n WHERE n.report_id = r.id) AS numbers FROM reports r`,
    );
  } finally {
    await db.close();
  }
}

describe.each(['pglite', 'postgres'] as const)('SIGKILL in the middle of a stream of reports [%s]', (engine) => {
  it('keeps every acknowledged report, and with redelivery stores each report exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hg-kill-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { HG_DATA_DIR: dataDir, ...(engine === 'postgres' ? { DATABASE_URL: await createPostgresDatabase() } : {}) };

    const first = await serviceOn(env);
    const deliveries = await streamAndKill(first, 60);
    expect(await first.exited).toBe('SIGKILL');
    const acked = deliveries.filter(isAcknowledged);
    const lost = deliveries.filter((d) => !isAcknowledged(d));
    // Before the kill only 202s; after it only failed connections: nothing else is an answer the extension expects.
    expect(acked.every((d) => d.status === 202)).toBe(true);
    expect(lost.every((d) => d.status === 'network')).toBe(true);
    expect(lost.length).toBeGreaterThan(0);

    const second = await serviceOn(env);
    for (const d of acked) {
      const status = await fetch(`${second.url}/v1/reports/${d.id}`);
      expect(status.status, `acknowledged report ${d.id} after the restart`).toBe(200);
    }
    // The extension sends what got no answer again, with the same id and bytes: 202 if the kill came before
    // the commit, 200 if only the answer was lost.
    const again = await redeliver(second.url, lost);
    expect(again.map((d) => d.status).every((s) => s === 202 || s === 200)).toBe(true);
    await second.kill('SIGTERM');

    const stored = await storedReports(env);
    const ids = deliveries.map((d) => d.id).sort();
    expect(stored.map((r) => r.id).sort()).toEqual(ids);
    expect(stored.every((r) => r.numbers === 2)).toBe(true);
  });
});

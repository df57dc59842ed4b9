/**
 * `npm run bench -- --service`: what the report service takes on this machine. The service runs as its own
 * process (`server/index.ts`, as in production), on the embedded database and on a throw-away PostgreSQL 15
 * server; autocannon loads it over loopback from this process, bounded in time. Figures:
 *   - intake: reports per second and p50/p99 latency at several concurrencies (each report a fresh id, the
 *     rate limit lifted: a real install sends a handful, this measures the store);
 *   - list downloads, plain and conditional (If-None-Match, answered 304);
 *   - building and signing a list of 10,000, 100,000 and 1,000,000 numbers (in this process, on PGlite).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Publisher } from '../../server/publish/publisher.ts';
import { openPglite } from '../../server/store/pglite-db.ts';
import { migrate } from '../../server/store/migrate.ts';
import { startPostgresCluster } from '../../harness/postgres-cluster.ts';
import { reportBody } from '../../harness/reports.ts';
import { generateKeyPair } from '../list/keys.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface LoadFigure {
  readonly database: string;
  readonly what: string;
  readonly connections: number;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly statuses: string;
}

export interface BuildFigure {
  readonly numbers: number;
  readonly buildAndSignMs: number;
  readonly listBytes: number;
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function startServiceProcess(databaseUrl: string | undefined): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hg-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/index.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, HG_DATA_DIR: dataDir, HG_PORT: String(port), HG_LOG: '0', HG_REPORTS_PER_HOUR: '1000000', HG_REPORT_BURST: '1000000',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('report service:')) done();
    });
    child.on('exit', (code) => fail(new Error(`the service exited (${code}) before it was ready`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, dataDir };
}

async function load(url: string, connections: number, seconds: number, options: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, ...options } as autocannon.Options);
}

function figure(database: string, what: string, connections: number, result: autocannon.Result): LoadFigure {
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code}×${(s as { count: number }).count}`).join(' ');
  return {
    database, what, connections, requests: result.requests.total, perSecond: Math.round(result.requests.average),
    p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx - (what.includes('304') ? result.non2xx : 0), statuses,
  };
}

async function benchOne(database: string, databaseUrl: string | undefined, seconds: number, connections: readonly number[]): Promise<LoadFigure[]> {
  const service = await startServiceProcess(databaseUrl);
  const figures: LoadFigure[] = [];
  try {
    for (const c of connections) {
      const result = await load(`${service.url}/v1/reports`, c, seconds, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: reportBody({ id: randomUUID() }) }) }],
      } as unknown as Partial<autocannon.Options>);
      figures.push(figure(database, 'POST /v1/reports', c, result));
    }
    const list = await fetch(`${service.url}/v1/list.json`);
    const etag = list.headers.get('etag') ?? '';
    await list.arrayBuffer();
    for (const c of [10, 50]) {
      figures.push(figure(database, 'GET /v1/list.json (200, gzip)', c, await load(`${service.url}/v1/list.json`, c, seconds, { headers: { 'accept-encoding': 'gzip' } })));
      figures.push(figure(database, 'GET /v1/list.json (304)', c, await load(`${service.url}/v1/list.json`, c, seconds, { headers: { 'if-none-match': etag } })));
    }
  } finally {
    service.child.kill('SIGTERM');
    await new Promise((done) => service.child.once('exit', done));
    rmSync(service.dataDir, { recursive: true, force: true });
  }
  return figures;
}

/** Fills the numbers table with `count` listed numbers in one statement and times one publish. */
async function benchBuild(count: number): Promise<BuildFigure> {
  const db = await openPglite(undefined);
  await migrate(db);
  await db.query(
    `INSERT INTO numbers (number, state, brands, source, first_seen, last_seen, last_reported_at, decided_at, decided_by)
     SELECT '+1' || (2000000000 + g)::text, 'listed', '["microsoft"]', 'Helpdesk Guard reports (3 reporters), reviewed 2026-11-30',
            DATE '2026-11-01', DATE '2026-11-30', now(), now(), 'bench'
       FROM generate_series(1, $1::int) AS g`,
    [count],
  );
  const pair = await generateKeyPair('bench');
  const listDir = mkdtempSync(join(tmpdir(), 'hg-bench-list-'));
  const publisher = new Publisher({
    db, now: () => new Date(), listDir, signingKey: () => ({ keyId: 'bench', jwk: pair.privateJwk as never }), expiryDays: 180, holdRemovalShare: 1,
  });
  const started = performance.now();
  await publisher.publish();
  const buildAndSignMs = performance.now() - started;
  const listBytes = publisher.served()?.list.length ?? 0;
  await db.close();
  rmSync(listDir, { recursive: true, force: true });
  return { numbers: count, buildAndSignMs, listBytes };
}

export interface ServiceFigures {
  readonly load: readonly LoadFigure[];
  readonly builds: readonly BuildFigure[];
  readonly seconds: number;
}

export async function benchService(options: { seconds?: number; sizes?: readonly number[] } = {}): Promise<ServiceFigures> {
  const seconds = options.seconds ?? 5;
  const connections = [1, 10, 50];
  const loadFigures = [...(await benchOne('embedded (PGlite, on disk)', undefined, seconds, connections))];
  const cluster = await startPostgresCluster({ durable: true });
  try {
    loadFigures.push(...(await benchOne('PostgreSQL 15 (local, fsync on)', cluster.url, seconds, connections)));
  } finally {
    cluster.stop();
  }
  const builds: BuildFigure[] = [];
  for (const size of options.sizes ?? [10_000, 100_000, 1_000_000]) builds.push(await benchBuild(size));
  return { load: loadFigures, builds, seconds };
}

export function formatServiceFigures(figures: ServiceFigures): string {
  const rows = figures.load.map((f) => `| ${f.database} | ${f.what} | ${f.connections} | ${f.requests} | ${f.perSecond} | ${f.p50} | ${f.p99} | ${f.statuses} |`);
  const builds = figures.builds.map((b) => `| ${b.numbers.toLocaleString('en')} | ${(b.buildAndSignMs / 1000).toFixed(2)} s | ${(b.listBytes / 2 ** 20).toFixed(1)} MB |`);
  return [
    `Each load step runs ${figures.seconds} s against the service in its own process, over loopback.`,
    '',
    '| database | request | connections | requests | per second | p50 ms | p99 ms | answers |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| listed numbers | build, sign, write and record one publish | list size |',
    '|---|---|---|',
    ...builds,
  ].join('\n');
}

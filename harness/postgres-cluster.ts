/**
 * A throw-away PostgreSQL 15 server for the tests, started by the test run itself from Debian's
 * `postgresql` package: a new cluster in a temporary folder on a free loopback port, removed afterwards.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user that the package
 * creates. A missing server fails with how to install it; the tests never skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env['PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

export interface PostgresCluster {
  /** postgres://… of the cluster's `postgres` database, as its superuser. */
  readonly url: string;
  readonly port: number;
  stop(): void;
  /** Stops the server without removing the cluster (fault tests); start() brings it back. */
  pause(): void;
  start(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `durable: false` (the tests' default) turns fsync off, which the tests do not need; the bench keeps it on. */
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  if (!existsSync(join(BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (no ${BIN}/initdb). Install it with: apt-get install -y postgresql (or set PG_BIN to its bin folder)`);
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'hg-pg-'));
  const data = join(dir, 'data');
  const run = (command: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, command), ...args]] : [join(BIN, command), args];
    const result = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  else chownSync(dir, process.getuid?.() ?? 0, process.getgid?.() ?? 0);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${options.durable ? 'on' : 'off'} -c max_connections=200`;
  const start = (): void => run('pg_ctl', ['-D', data, '-o', serverOptions, '-w', '-t', '60', '-l', join(dir, 'log'), 'start']);
  const pause = (): void => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    pause,
    stop() {
      try {
        pause();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Fresh, migrated databases for tests, on both engines the service supports: PGlite in memory, and a new
 * database on the run's PostgreSQL server (postgres-setup.ts). A store test written once runs on both.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Db } from '../../../server/store/db.ts';
import { migrate } from '../../../server/store/migrate.ts';
import { openPglite } from '../../../server/store/pglite-db.ts';
import { openPostgres } from '../../../server/store/pg-db.ts';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** A new, empty PostgreSQL database on the test server; returns its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const admin = inject('postgresUrl');
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return admin.replace(/\/postgres$/, `/${name}`);
}

let template: Promise<Blob | File> | undefined;

/** A migrated PGlite database, copied for each test: creating one costs seconds, loading a copy about one. */
async function pgliteFromTemplate(): Promise<Db> {
  template ??= (async () => {
    const db = await openPglite(undefined);
    await migrate(db);
    const dump = await db.dump();
    await db.close();
    return dump;
  })();
  return openPglite(undefined, await template);
}

export async function openTestDb(engine: Engine): Promise<Db> {
  if (engine === 'pglite') return pgliteFromTemplate();
  const db = await openPostgres(await createPostgresDatabase(), 4);
  await migrate(db);
  return db;
}

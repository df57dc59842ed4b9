/**
 * Opens the database the configuration names (PGlite in a folder by default, PostgreSQL when DATABASE_URL is
 * set) and brings its schema up to date.
 */
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite-db.ts';
import { openPostgres } from './pg-db.ts';

export interface StoreTarget {
  /** postgres://… for a PostgreSQL server; undefined for PGlite. */
  readonly databaseUrl: string | undefined;
  /** PGlite's folder; undefined for a throw-away in-memory database. */
  readonly dataDir: string | undefined;
}

export async function openDb(target: StoreTarget): Promise<Db> {
  const db = target.databaseUrl ? await openPostgres(target.databaseUrl) : await openPglite(target.dataDir);
  await migrate(db);
  return db;
}

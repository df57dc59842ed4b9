/**
 * Opens the database the configuration names (PGlite in a folder by default, PostgreSQL when DATABASE_URL is
 * set) and brings its schema up to date.
 */
import { mkdirSync } from 'node:fs';
import type { Db } from './db.ts';
import { lockFolder } from './folder-lock.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite-db.ts';
import { openPostgres } from './pg-db.ts';

export interface StoreTarget {
  /** postgres://… for a PostgreSQL server; undefined for PGlite. */
  readonly databaseUrl: string | undefined;
  /** PGlite's folder; undefined for a throw-away in-memory database. */
  readonly dataDir: string | undefined;
}

export interface StoreOptions extends StoreTarget {
  /** Who holds an embedded database's folder, for the message a second opener gets. */
  readonly purpose?: string;
}

export async function openDb(target: StoreOptions): Promise<Db> {
  if (target.databaseUrl) {
    const db = await openPostgres(target.databaseUrl);
    await migrate(db);
    return db;
  }
  let release = (): void => undefined;
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
    release = lockFolder(target.dataDir, target.purpose ?? 'the report service');
  }
  try {
    const db = await openPglite(target.dataDir);
    await migrate(db);
    return { ...db, close: async () => {
      await db.close();
      release();
    } };
  } catch (error) {
    release();
    throw error;
  }
}

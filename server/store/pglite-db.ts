/**
 * The embedded engine: PGlite keeps its data in a folder (or in memory for tests). It is single-connection,
 * so transactions are serialised by PGlite itself; that is enough for one service process, and the service
 * moves to a PostgreSQL server (pg-db.ts) when it needs several.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.ts';

export interface PgliteDb extends Db {
  /** A copy of the whole database, to start others from. */
  dump(): Promise<Blob | File>;
}

function queryable(target: Pick<PGlite, 'query'>): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
      return (await target.query<Row>(sql, params as unknown[])).rows;
    },
  };
}

/**
 * `dataDir` undefined: a throw-away in-memory database. `template` starts it from a copy of another database
 * (`dumpTemplate`), which the tests use because loading a copy is several times faster than creating one.
 */
export async function openPglite(dataDir: string | undefined, template?: Blob | File): Promise<PgliteDb> {
  const pglite = template ? await PGlite.create({ loadDataDir: template }) : await PGlite.create(dataDir ?? 'memory://');
  return {
    engine: 'pglite',
    ...queryable(pglite),
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    async exec(sql) {
      await pglite.exec(sql);
    },
    close: () => pglite.close(),
    dump: () => pglite.dumpDataDir('none'),
  };
}

/**
 * A real PostgreSQL server through `pg`, chosen by DATABASE_URL=postgres://…. A pool of connections lets
 * several requests run at once and several service instances share one database. int8 columns come back as
 * JavaScript numbers (as PGlite gives them): every bigint here is a count, an id or a list version, all far
 * below 2^53.
 */
import pg from 'pg';
import { DatabaseUnavailable, type Db, type Queryable } from './db.ts';

const INT8_OID = 20;
const types = {
  getTypeParser: (oid: number, format?: string) => (oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')),
};

/** Connection failures (refused, reset, server shutting down) as opposed to errors in a statement. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return error instanceof Error && /Connection terminated|connect|timeout/i.test(error.message);
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006'].includes(code);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isConnectionError(error) ? new DatabaseUnavailable(error) : error;
  }
}

function queryable(target: Pick<pg.Pool | pg.PoolClient, 'query'>): Queryable {
  return {
    query: <Row>(sql: string, params: readonly unknown[] = []) => guarded(async () => (await target.query(sql, params as unknown[])).rows as Row[]),
  };
}

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: poolSize, types, connectionTimeoutMillis: 5000 });
  // An idle client whose server went away emits 'error'; without a listener that would crash the process.
  pool.on('error', () => undefined);
  await guarded(() => pool.query('SELECT 1'));
  return {
    engine: 'postgres',
    ...queryable(pool),
    transaction: (work) =>
      guarded(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work(queryable(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    exec: async (sql) => {
      await guarded(() => pool.query(sql));
    },
    close: () => pool.end(),
  };
}

/**
 * One small interface over the two PostgreSQL engines the service runs on: PGlite (PostgreSQL compiled to
 * WebAssembly, in-process, the default that needs no server) and a real PostgreSQL server through `pg`. Both
 * speak the same SQL, so every query in the service is written once; only opening, transactions and type
 * conversions differ, and those live in pglite-db.ts and pg-db.ts.
 */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2 …) and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Thrown when the database cannot be reached at all; the routes answer 503 with Retry-After for it. */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

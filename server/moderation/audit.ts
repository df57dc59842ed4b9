/**
 * The audit log: one row per decision or account change (who, what, when, why). This module only ever
 * inserts and reads; the table's trigger refuses UPDATE, DELETE and TRUNCATE, and a test checks that no
 * server source contains a statement that would try.
 */
import type { Queryable } from '../store/db.ts';

export interface AuditEntry {
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly reason: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface AuditRow extends Required<AuditEntry> {
  readonly id: number;
}

/** Call inside the decision's transaction, so the change and its record commit together or not at all. */
export async function appendAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    'INSERT INTO audit_log (at, actor, action, subject, reason, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [entry.at, entry.actor, entry.action, entry.subject, entry.reason, JSON.stringify(entry.detail ?? {})],
  );
}

/** Newest first, `limit` rows older than the row id `before` (paging without offsets). */
export async function readAudit(db: Queryable, limit: number, before?: number): Promise<AuditRow[]> {
  const rows = await db.query<{ id: number; at: Date | string; actor: string; action: string; subject: string; reason: string; detail: unknown }>(
    'SELECT id, at, actor, action, subject, reason, detail FROM audit_log WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2',
    [before ?? null, limit],
  );
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    at: new Date(row.at),
    detail: typeof row.detail === 'object' && row.detail !== null ? (row.detail as Record<string, unknown>) : {},
  }));
}

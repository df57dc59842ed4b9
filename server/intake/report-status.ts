/**
 * What became of a report, as its sender may ask for it knowing only the report's random id
 * (GET /v1/reports/{id}; docs/service.md lists the statuses and reason codes).
 */
import type { Queryable } from '../store/db.ts';

export const REPORT_STATUSES = ['received', 'under-review', 'listed', 'not-listed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const NOT_LISTED_REASONS = ['rejected', 'official-number', 'no-number', 'removed'] as const;
export type NotListedReason = (typeof NOT_LISTED_REASONS)[number];

export interface StatusView {
  readonly id: string;
  readonly status: ReportStatus;
  readonly reason: NotListedReason | null;
  readonly updatedAt: string;
}

export async function reportStatus(db: Queryable, id: string): Promise<StatusView | undefined> {
  const [row] = await db.query<{ status: ReportStatus; reason: NotListedReason | null; updated_at: Date }>(
    'SELECT status, reason, updated_at FROM reports WHERE id = $1',
    [id],
  );
  return row ? { id, status: row.status, reason: row.reason, updatedAt: row.updated_at.toISOString() } : undefined;
}

/**
 * Deletes what PRIVACY.md promises to delete, on its schedule: screenshots after 30 days, reports (with their
 * numbers) after 180 days, the reporter-hash key of a day after two days, failed-login records after one day,
 * and expired sessions. Decisions about numbers and the audit log hold no report content and stay.
 */
import type { Queryable } from '../store/db.ts';

export const RETENTION = {
  screenshotDays: 30,
  reportDays: 180,
  reporterKeyDays: 2,
  loginFailureDays: 1,
} as const;

const DAY = 86_400_000;

export interface RetentionResult {
  readonly screenshots: number;
  readonly reports: number;
  readonly reporterKeys: number;
  readonly loginFailures: number;
  readonly sessions: number;
}

export async function applyRetention(db: Queryable, now: Date): Promise<RetentionResult> {
  const before = (days: number): Date => new Date(now.getTime() - days * DAY);
  const count = async (sql: string, params: unknown[]): Promise<number> => (await db.query(sql, params)).length;
  return {
    screenshots: await count('DELETE FROM screenshots WHERE received_at < $1 RETURNING report_id', [before(RETENTION.screenshotDays)]),
    reports: await count('DELETE FROM reports WHERE received_at < $1 RETURNING id', [before(RETENTION.reportDays)]),
    reporterKeys: await count('DELETE FROM reporter_keys WHERE day < $1::date RETURNING day', [before(RETENTION.reporterKeyDays).toISOString().slice(0, 10)]),
    loginFailures: await count('DELETE FROM login_failures WHERE at < $1 RETURNING id', [before(RETENTION.loginFailureDays)]),
    sessions: await count('DELETE FROM sessions WHERE expires_at < $1 RETURNING token_hash', [now]),
  };
}

/**
 * One number with every report about it (any status, any kind) and what was decided. Opening it is what a
 * reviewer's "I am looking at this" means, so its `received` reports become `under-review` (the reporter's
 * extension shows that status).
 */
import type { Db, Queryable } from '../store/db.ts';
import { countryOf, officialAmong, type OfficialNumber, type StaticOfficialNumbers } from './official-numbers.ts';
import { toReportView, type ReportRow, type ReportView } from './report-rows.ts';

export interface NumberDecision {
  readonly state: string;
  readonly brands: readonly string[];
  readonly organisation: string | null;
  readonly source: string;
  readonly decidedAt: Date;
  readonly decidedBy: string;
}

export interface NumberDetail {
  readonly number: string;
  readonly country: string | undefined;
  readonly decision: NumberDecision | undefined;
  readonly official: OfficialNumber | undefined;
  readonly reports: readonly ReportView[];
}

export async function markUnderReview(db: Queryable, number: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE reports SET status = 'under-review', updated_at = $2
      WHERE status = 'received' AND id IN (SELECT report_id FROM report_numbers WHERE number = $1)`,
    [number, at],
  );
}

interface DecisionRow {
  state: string; brands: unknown; organisation: string | null; source: string; decided_at: Date | string; decided_by: string;
}

async function decisionOf(db: Queryable, number: string): Promise<NumberDecision | undefined> {
  const [row] = await db.query<DecisionRow>('SELECT state, brands, organisation, source, decided_at, decided_by FROM numbers WHERE number = $1', [number]);
  if (!row) return undefined;
  const brands = Array.isArray(row.brands) ? row.brands.filter((b): b is string => typeof b === 'string') : [];
  return { state: row.state, brands, organisation: row.organisation, source: row.source, decidedAt: new Date(row.decided_at), decidedBy: row.decided_by };
}

export async function numberDetail(db: Db, number: string, fixed: StaticOfficialNumbers, at: Date, limit = 500): Promise<NumberDetail> {
  await markUnderReview(db, number, at);
  const rows = await db.query<ReportRow>(
    `SELECT r.id, r.kind, r.received_at, r.page_url, r.page_host, r.page_title, r.verdict_level, r.verdict_score,
            r.verdict_reasons, r.comment, r.language, r.reporter, p.name AS partner, r.status, r.reason,
            EXISTS (SELECT 1 FROM screenshots s WHERE s.report_id = r.id) AS has_screenshot
       FROM report_numbers rn JOIN reports r ON r.id = rn.report_id LEFT JOIN partners p ON p.id = r.partner_id
      WHERE rn.number = $1 ORDER BY r.received_at DESC, r.id LIMIT $2`,
    [number, limit],
  );
  const official = await officialAmong(db, [number], fixed);
  return { number, country: countryOf(number), decision: await decisionOf(db, number), official: official.get(number), reports: rows.map(toReportView) };
}

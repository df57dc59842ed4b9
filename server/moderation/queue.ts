/**
 * The review queues, grouped by number: the open reports (received or under review) about each number, with
 * what a reviewer weighs — how many distinct senders (the `reporter` pseudonym, so one client sending many
 * reports counts once), how many distinct page hosts, when first and last seen, the number's current state
 * and whether it is official. Scam reports and appeals ("This page is safe") are separate queues.
 */
import type { Queryable } from '../store/db.ts';
import { countryOf, officialAmong, type OfficialNumber, type StaticOfficialNumbers } from './official-numbers.ts';
import { toReportView, type ReportRow, type ReportView } from './report-rows.ts';

export type QueueKind = 'reports' | 'appeals';

export interface NumberGroup {
  readonly number: string;
  readonly country: string | undefined;
  readonly state: string | null;
  readonly official: OfficialNumber | undefined;
  readonly reportCount: number;
  readonly reporterCount: number;
  readonly hostCount: number;
  readonly firstSeen: Date;
  readonly lastSeen: Date;
  /** The most recent open reports (at most `perNumber`). */
  readonly reports: readonly ReportView[];
}

interface GroupRow {
  number: string; state: string | null; reports: number | string; reporters: number | string; hosts: number | string;
  first_seen: Date | string; last_seen: Date | string;
}

export async function openGroups(db: Queryable, kind: QueueKind, fixed: StaticOfficialNumbers, limit = 100, perNumber = 20): Promise<NumberGroup[]> {
  const appeals = kind === 'appeals';
  const groups = await db.query<GroupRow>(
    `SELECT rn.number, n.state, count(*) AS reports, count(DISTINCT r.reporter) AS reporters,
            count(DISTINCT r.page_host) AS hosts, min(r.received_at) AS first_seen, max(r.received_at) AS last_seen
       FROM report_numbers rn JOIN reports r ON r.id = rn.report_id LEFT JOIN numbers n ON n.number = rn.number
      WHERE r.status IN ('received', 'under-review') AND (r.kind = 'false-positive') = $1
      GROUP BY rn.number, n.state
      ORDER BY count(DISTINCT r.reporter) DESC, max(r.received_at) DESC, rn.number
      LIMIT $2`,
    [appeals, limit],
  );
  const numbers = groups.map((g) => g.number);
  const reports = await openReportsAbout(db, numbers, appeals, perNumber);
  const official = await officialAmong(db, numbers, fixed);
  return groups.map((g) => ({
    number: g.number, country: countryOf(g.number), state: g.state, official: official.get(g.number),
    reportCount: Number(g.reports), reporterCount: Number(g.reporters), hostCount: Number(g.hosts),
    firstSeen: new Date(g.first_seen), lastSeen: new Date(g.last_seen), reports: reports.get(g.number) ?? [],
  }));
}

async function openReportsAbout(db: Queryable, numbers: readonly string[], appeals: boolean, perNumber: number): Promise<Map<string, ReportView[]>> {
  const byNumber = new Map<string, ReportView[]>();
  if (numbers.length === 0) return byNumber;
  const rows = await db.query<ReportRow & { number: string }>(
    `SELECT * FROM (
       SELECT rn.number, r.id, r.kind, r.received_at, r.page_url, r.page_host, r.page_title, r.verdict_level, r.verdict_score,
              r.verdict_reasons, r.comment, r.language, r.reporter, p.name AS partner, r.status, r.reason,
              EXISTS (SELECT 1 FROM screenshots s WHERE s.report_id = r.id) AS has_screenshot,
              row_number() OVER (PARTITION BY rn.number ORDER BY r.received_at DESC, r.id) AS rank
         FROM report_numbers rn JOIN reports r ON r.id = rn.report_id LEFT JOIN partners p ON p.id = r.partner_id
        WHERE rn.number = ANY($1::text[]) AND r.status IN ('received', 'under-review') AND (r.kind = 'false-positive') = $2
     ) ranked WHERE rank <= $3 ORDER BY received_at DESC, id`,
    [numbers, appeals, perNumber],
  );
  for (const row of rows) {
    const list = byNumber.get(row.number) ?? [];
    list.push(toReportView(row));
    byNumber.set(row.number, list);
  }
  return byNumber;
}

/** Open reports that named no phone number: nothing to list, so they are only ever rejected (`no-number`). */
export async function openReportsWithoutNumber(db: Queryable, limit = 200): Promise<ReportView[]> {
  const rows = await db.query<ReportRow>(
    `SELECT r.id, r.kind, r.received_at, r.page_url, r.page_host, r.page_title, r.verdict_level, r.verdict_score,
            r.verdict_reasons, r.comment, r.language, r.reporter, p.name AS partner, r.status, r.reason,
            EXISTS (SELECT 1 FROM screenshots s WHERE s.report_id = r.id) AS has_screenshot
       FROM reports r LEFT JOIN partners p ON p.id = r.partner_id
      WHERE r.status IN ('received', 'under-review')
        AND NOT EXISTS (SELECT 1 FROM report_numbers rn WHERE rn.report_id = r.id)
      ORDER BY r.received_at DESC, r.id LIMIT $1`,
    [limit],
  );
  return rows.map(toReportView);
}

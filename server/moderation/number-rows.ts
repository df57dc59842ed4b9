/**
 * The `numbers` rows decisions write. The `source` column is published with the list, so it is a plain
 * citation made here from counts and dates — never text from a report, which a scammer chose.
 */
import type { Queryable } from '../store/db.ts';

export interface ReportStats {
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly lastReportedAt: Date | null;
  readonly reporters: number;
}

/** Dates are UTC calendar days, whatever the database session's time zone. */
export async function reportStats(tx: Queryable, number: string): Promise<ReportStats> {
  const [row] = await tx.query<{ first_seen: string | null; last_seen: string | null; last_at: Date | string | null; reporters: number | string }>(
    `SELECT to_char(min(r.received_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS first_seen,
            to_char(max(r.received_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS last_seen,
            max(r.received_at) AS last_at, count(DISTINCT r.reporter) AS reporters
       FROM report_numbers rn JOIN reports r ON r.id = rn.report_id
      WHERE rn.number = $1 AND r.kind <> 'false-positive'`,
    [number],
  );
  return {
    firstSeen: row?.first_seen ?? null, lastSeen: row?.last_seen ?? null,
    lastReportedAt: row?.last_at ? new Date(row.last_at) : null, reporters: Number(row?.reporters ?? 0),
  };
}

export function citation(stats: ReportStats, verb: string, at: Date, actor: string): string {
  const day = at.toISOString().slice(0, 10);
  const by = actor.startsWith('partner:') ? `, by partner ${actor.slice('partner:'.length)}` : '';
  return `Helpdesk Guard reports (${stats.reporters} reporter${stats.reporters === 1 ? '' : 's'}), ${verb} ${day}${by}`;
}

export async function numberState(tx: Queryable, number: string): Promise<string | undefined> {
  const [row] = await tx.query<{ state: string }>('SELECT state FROM numbers WHERE number = $1 FOR UPDATE', [number]);
  return row?.state;
}

export interface NumberWrite {
  readonly number: string;
  readonly brand?: string;
  readonly organisation?: string;
  readonly stats: ReportStats;
  readonly source: string;
  readonly at: Date;
  readonly actor: string;
}

/** Listed: brands accumulate while the number stays listed; seen dates only widen. */
export async function writeListed(tx: Queryable, w: NumberWrite): Promise<void> {
  await tx.query(
    `INSERT INTO numbers (number, state, brands, organisation, source, first_seen, last_seen, last_reported_at, decided_at, decided_by)
     VALUES ($1, 'listed', $2::jsonb, NULL, $3, $4::date, $5::date, $6, $7, $8)
     ON CONFLICT (number) DO UPDATE SET state = 'listed',
       brands = CASE WHEN numbers.state = 'listed'
                     THEN (SELECT coalesce(jsonb_agg(DISTINCT b), '[]'::jsonb) FROM jsonb_array_elements(numbers.brands || excluded.brands) AS b)
                     ELSE excluded.brands END,
       organisation = NULL, source = excluded.source,
       first_seen = LEAST(numbers.first_seen, excluded.first_seen), last_seen = GREATEST(numbers.last_seen, excluded.last_seen),
       last_reported_at = GREATEST(numbers.last_reported_at, excluded.last_reported_at),
       decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
    [w.number, JSON.stringify(w.brand ? [w.brand] : []), w.source, w.stats.firstSeen, w.stats.lastSeen, w.stats.lastReportedAt ?? w.at, w.at, w.actor],
  );
}

/** Rejected, only if the number is not listed or official: rejecting reports never takes a number off. */
export async function writeRejected(tx: Queryable, w: NumberWrite): Promise<void> {
  await tx.query(
    `INSERT INTO numbers (number, state, source, first_seen, last_seen, last_reported_at, decided_at, decided_by)
     VALUES ($1, 'rejected', $2, $3::date, $4::date, $5, $6, $7)
     ON CONFLICT (number) DO UPDATE SET state = 'rejected', source = excluded.source, decided_at = excluded.decided_at, decided_by = excluded.decided_by
     WHERE numbers.state NOT IN ('listed', 'official')`,
    [w.number, w.source, w.stats.firstSeen, w.stats.lastSeen, w.stats.lastReportedAt ?? w.at, w.at, w.actor],
  );
}

export async function writeOfficial(tx: Queryable, w: NumberWrite): Promise<void> {
  await tx.query(
    `INSERT INTO numbers (number, state, brands, organisation, source, first_seen, last_seen, last_reported_at, decided_at, decided_by)
     VALUES ($1, 'official', '[]'::jsonb, $2, $3, $4::date, $5::date, $6, $7, $8)
     ON CONFLICT (number) DO UPDATE SET state = 'official', brands = '[]'::jsonb, organisation = excluded.organisation,
       source = excluded.source, decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
    [w.number, w.organisation ?? '', w.source, w.stats.firstSeen, w.stats.lastSeen, w.stats.lastReportedAt ?? w.at, w.at, w.actor],
  );
}

/** Takes a listed or official number off the list; false when it was neither. */
export async function writeRemoved(tx: Queryable, number: string, at: Date, actor: string): Promise<boolean> {
  const rows = await tx.query(
    "UPDATE numbers SET state = 'removed', decided_at = $2, decided_by = $3 WHERE number = $1 AND state IN ('listed', 'official') RETURNING number",
    [number, at, actor],
  );
  return rows.length === 1;
}

/**
 * Every decision a reviewer or partner can make, in one place, used by the pages and the partner API alike.
 * Each runs in one transaction that changes the number and its reports, appends one audit row (who, what,
 * when, why) and marks the list dirty (`publish_state.dirty_since`), so the publisher builds the next list
 * within about a minute — and a failure leaves no half-made decision and no unrecorded change.
 */
import type { Db, Queryable } from '../store/db.ts';
import { appendAudit } from './audit.ts';
import type { DecisionInput } from './decision-input.ts';
import type { StaticOfficialNumbers } from './official-numbers.ts';
import { citation, numberState, reportStats, writeListed, writeOfficial, writeRejected, writeRemoved } from './number-rows.ts';

export interface DecisionDeps {
  readonly db: Db;
  readonly now: () => Date;
  readonly staticOfficial: StaticOfficialNumbers;
}

export type DecisionError =
  | 'official-number' | 'on-allow-list' | 'not-on-list' | 'unknown-report' | 'not-open' | 'report-has-number';

export type DecisionOutcome = { readonly ok: true; readonly reports: number } | { readonly ok: false; readonly error: DecisionError };

/** Thrown inside the transaction to roll it back; turned into an outcome below. */
class Refused extends Error {
  constructor(readonly code: DecisionError) {
    super(code);
  }
}

async function setReports(tx: Queryable, sql: string, params: readonly unknown[]): Promise<number> {
  return (await tx.query(sql, params)).length;
}

async function apply(tx: Queryable, deps: DecisionDeps, d: DecisionInput, at: Date, actor: string): Promise<number> {
  const base = { at, actor };
  switch (d.action) {
    case 'list': {
      if (deps.staticOfficial.has(d.number)) throw new Refused('on-allow-list');
      if ((await numberState(tx, d.number)) === 'official') throw new Refused('official-number');
      const stats = await reportStats(tx, d.number);
      await writeListed(tx, { ...base, number: d.number, brand: d.brand, stats, source: citation(stats, 'reviewed', at, actor) });
      return setReports(tx, `UPDATE reports SET status = 'listed', reason = NULL, updated_at = $2
        WHERE status IN ('received', 'under-review') AND kind <> 'false-positive' AND id IN (SELECT report_id FROM report_numbers WHERE number = $1) RETURNING id`, [d.number, at]);
    }
    case 'reject': {
      // Appeals about a listed number are not the scam reports being rejected: they stay for the appeals queue.
      const listed = (await numberState(tx, d.number)) === 'listed';
      const stats = await reportStats(tx, d.number);
      await writeRejected(tx, { ...base, number: d.number, stats, source: citation(stats, 'rejected', at, actor) });
      return setReports(tx, `UPDATE reports SET status = 'not-listed', reason = 'rejected', updated_at = $2
        WHERE status IN ('received', 'under-review') AND (kind <> 'false-positive' OR NOT $3) AND id IN (SELECT report_id FROM report_numbers WHERE number = $1) RETURNING id`, [d.number, at, listed]);
    }
    case 'official': {
      const stats = await reportStats(tx, d.number);
      await writeOfficial(tx, { ...base, number: d.number, organisation: d.organisation, stats, source: `Helpdesk Guard review, marked official ${at.toISOString().slice(0, 10)}` });
      return setReports(tx, `UPDATE reports SET status = 'not-listed', reason = 'official-number', updated_at = $2
        WHERE status IN ('received', 'under-review') AND id IN (SELECT report_id FROM report_numbers WHERE number = $1) RETURNING id`, [d.number, at]);
    }
    case 'remove':
      if (!(await writeRemoved(tx, d.number, at, actor))) throw new Refused('not-on-list');
      // Open appeals are upheld, and the scam reports that put the number on the list now say it is off it:
      // a reporter asking about their report must not keep reading "listed" for a number the list dropped.
      return setReports(tx, `UPDATE reports SET status = 'not-listed', reason = 'removed', updated_at = $2
        WHERE ((status IN ('received', 'under-review') AND kind = 'false-positive') OR (status = 'listed' AND kind <> 'false-positive'))
          AND id IN (SELECT report_id FROM report_numbers WHERE number = $1) RETURNING id`, [d.number, at]);
    case 'keep':
      if ((await numberState(tx, d.number)) !== 'listed') throw new Refused('not-on-list');
      return setReports(tx, `UPDATE reports SET status = 'listed', reason = NULL, updated_at = $2
        WHERE status IN ('received', 'under-review') AND kind = 'false-positive' AND id IN (SELECT report_id FROM report_numbers WHERE number = $1) RETURNING id`, [d.number, at]);
    case 'reject-report':
      await requireOpen(tx, d.reportId);
      return setReports(tx, `UPDATE reports SET status = 'not-listed', reason = 'rejected', updated_at = $2 WHERE id = $1 AND status IN ('received', 'under-review') RETURNING id`, [d.reportId, at]);
    case 'reject-no-number':
      await requireOpen(tx, d.reportId);
      if ((await tx.query('SELECT 1 FROM report_numbers WHERE report_id = $1 LIMIT 1', [d.reportId])).length > 0) throw new Refused('report-has-number');
      return setReports(tx, `UPDATE reports SET status = 'not-listed', reason = 'no-number', updated_at = $2 WHERE id = $1 AND status IN ('received', 'under-review') RETURNING id`, [d.reportId, at]);
  }
}

async function requireOpen(tx: Queryable, reportId: string): Promise<void> {
  const [row] = await tx.query<{ status: string }>('SELECT status FROM reports WHERE id = $1 FOR UPDATE', [reportId]);
  if (!row) throw new Refused('unknown-report');
  if (row.status !== 'received' && row.status !== 'under-review') throw new Refused('not-open');
}

function subjectOf(d: DecisionInput): string {
  return 'number' in d ? d.number : d.reportId;
}

export async function decide(deps: DecisionDeps, actor: string, decision: DecisionInput): Promise<DecisionOutcome> {
  const at = deps.now();
  try {
    const reports = await deps.db.transaction(async (tx) => {
      const changed = await apply(tx, deps, decision, at, actor);
      const detail = { reports: changed, ...('brand' in decision ? { brand: decision.brand } : {}), ...('organisation' in decision ? { organisation: decision.organisation } : {}) };
      await appendAudit(tx, { at, actor, action: decision.action, subject: subjectOf(decision), reason: decision.reason, detail });
      await tx.query('UPDATE publish_state SET dirty_since = COALESCE(dirty_since, $1) WHERE id = 1', [at]);
      return changed;
    });
    return { ok: true, reports };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.code };
    throw error;
  }
}

/**
 * Intake of one report: validate it as exactly the documented document, then store it, its numbers and its
 * screenshot in one transaction, so the route answers 202 only once all of it is committed. The report's
 * own random id makes delivery idempotent: the same id with the same bytes is a retry (success, nothing new
 * stored); the same id with other bytes is refused, so nobody who learns an id can rewrite that report.
 */
import { createHash } from 'node:crypto';
import { decodePngDataUrl } from '../../src/core/report/png.ts';
import { InvalidReport, validateReport } from '../../src/core/report/validate-report.ts';
import type { Report } from '../../src/core/report/report-format.ts';
import { hostOf } from '../../src/core/web/host-of.ts';
import type { Db, Queryable } from '../store/db.ts';
import type { ReportStatus } from './report-status.ts';

export interface IntakeDeps {
  readonly db: Db;
  readonly now: () => Date;
}

export type IntakeResult =
  | { readonly outcome: 'stored' | 'duplicate'; readonly id: string; readonly status: ReportStatus }
  | { readonly outcome: 'conflict' }
  | { readonly outcome: 'invalid'; readonly detail: string };

export function parseReport(rawBody: string): Report | InvalidReport {
  let doc: unknown;
  try {
    doc = JSON.parse(rawBody);
  } catch {
    return new InvalidReport('the body is not JSON');
  }
  try {
    return validateReport(doc);
  } catch (error) {
    if (error instanceof InvalidReport) return error;
    throw error;
  }
}

async function insertReport(tx: Queryable, report: Report, bodyHash: string, reporter: string, partnerId: number | undefined, now: Date): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO reports (id, body_sha256, received_at, kind, created_at, page_url, page_host, page_title, verdict_level,
       verdict_score, verdict_reasons, comment, language, extension_version, extension_browser, reporter, partner_id, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $3)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [report.id, bodyHash, now, report.kind, report.createdAt, report.page.url, hostOf(report.page.url) ?? '', report.page.title,
      report.verdict?.level ?? null, report.verdict?.score ?? null, JSON.stringify(report.verdict?.reasons ?? []), report.comment,
      report.language, report.extension.version, report.extension.browser, reporter, partnerId ?? null],
  );
  return inserted.length === 1;
}

/**
 * A new report about a number that is already listed keeps it listed (its expiry counts from the latest
 * report) and needs no second review, so the reporter sees "listed" at once. Appeals always wait for a person.
 */
async function refreshListed(tx: Queryable, report: Report, now: Date): Promise<ReportStatus> {
  if (report.kind === 'false-positive' || report.numbers.length === 0) return 'received';
  const listed = await tx.query<{ number: string }>(
    `UPDATE numbers SET last_reported_at = $2, last_seen = $3 WHERE state = 'listed' AND number = ANY($1::text[]) RETURNING number`,
    [report.numbers.map((n) => n.e164), now, now.toISOString().slice(0, 10)],
  );
  if (listed.length !== report.numbers.length) return 'received';
  await tx.query(`UPDATE reports SET status = 'listed' WHERE id = $1`, [report.id]);
  return 'listed';
}

export async function acceptReport(deps: IntakeDeps, rawBody: string, reporter: string, partnerId?: number): Promise<IntakeResult> {
  const report = parseReport(rawBody);
  if (report instanceof InvalidReport) return { outcome: 'invalid', detail: report.detail };
  const bodyHash = createHash('sha256').update(rawBody).digest('hex');
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    if (!(await insertReport(tx, report, bodyHash, reporter, partnerId, now))) {
      const [existing] = await tx.query<{ body_sha256: string; status: ReportStatus }>('SELECT body_sha256, status FROM reports WHERE id = $1', [report.id]);
      return existing?.body_sha256 === bodyHash ? { outcome: 'duplicate', id: report.id, status: existing.status } : { outcome: 'conflict' };
    }
    for (const n of report.numbers) {
      await tx.query('INSERT INTO report_numbers (report_id, number, status) VALUES ($1, $2, $3)', [report.id, n.e164, n.status]);
    }
    const png = report.screenshot ? decodePngDataUrl(report.screenshot) : undefined;
    if (png) await tx.query('INSERT INTO screenshots (report_id, png, received_at) VALUES ($1, $2, $3)', [report.id, Buffer.from(png), now]);
    return { outcome: 'stored', id: report.id, status: await refreshListed(tx, report, now) };
  });
}

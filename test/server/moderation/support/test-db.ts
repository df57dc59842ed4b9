/**
 * A throw-away PGlite database with the real migrations, and reports written straight into it the way
 * intake stores them, so moderation is tested on the real schema without depending on intake's code.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../../../server/store/db.ts';
import { openTestDb as openMigratedDb } from '../../support/test-databases.ts';

export function openTestDb(): Promise<Db> {
  return openMigratedDb('pglite');
}

export interface TestReport {
  readonly id?: string;
  readonly kind?: string;
  readonly numbers?: readonly string[];
  readonly title?: string;
  readonly url?: string;
  readonly comment?: string;
  readonly reporter?: string;
  readonly receivedAt?: Date;
  readonly level?: string | null;
  readonly reasons?: readonly string[];
  readonly png?: Uint8Array;
  readonly partnerId?: number;
}

export async function insertReport(db: Db, report: TestReport = {}): Promise<string> {
  const id = report.id ?? randomUUID();
  const at = report.receivedAt ?? new Date('2026-11-30T10:00:00Z');
  const url = report.url ?? 'https://windows-alert.example/index.php';
  let host = 'unknown';
  try {
    host = new URL(url).hostname;
  } catch {
    // kept as 'unknown', as intake would for an unparsable address
  }
  await db.query(
    `INSERT INTO reports (id, body_sha256, received_at, kind, created_at, page_url, page_host, page_title, verdict_level,
       verdict_score, verdict_reasons, comment, language, extension_version, extension_browser, reporter, partner_id, updated_at)
     VALUES ($1, 'x', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'en', '0.1.0', 'chrome', $12, $13, $2)`,
    [id, at, report.kind ?? 'fake-helpdesk', at.toISOString(), url, host, report.title ?? 'Windows Defender Security Center',
      report.level === undefined ? 'scam' : report.level, report.level === null ? null : 17, JSON.stringify(report.reasons ?? ['reasonImpersonation']),
      report.comment ?? '', report.reporter ?? `reporter-${id}`, report.partnerId ?? null],
  );
  for (const number of report.numbers ?? ['+18445550147']) {
    await db.query("INSERT INTO report_numbers (report_id, number, status) VALUES ($1, $2, 'unknown')", [id, number]);
  }
  if (report.png) await db.query('INSERT INTO screenshots (report_id, png, received_at) VALUES ($1, $2, $3)', [id, report.png, at]);
  return id;
}

export async function reportStatus(db: Db, id: string): Promise<{ status: string; reason: string | null }> {
  const [row] = await db.query<{ status: string; reason: string | null }>('SELECT status, reason FROM reports WHERE id = $1', [id]);
  if (!row) throw new Error(`no report ${id}`);
  return row;
}

/** A clock the test moves by hand. */
export function testClock(start = '2026-11-30T12:00:00Z'): { now: () => Date; advance: (ms: number) => void } {
  let current = new Date(start).getTime();
  return { now: () => new Date(current), advance: (ms) => (current += ms) };
}

/** Deterministic bytes, different on every call, so tokens are unique but tests repeatable. */
export function testRandom(seed = 1): (n: number) => Uint8Array {
  let counter = 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let filled = 0; filled < n; filled += 32) out.set(createHash('sha256').update(`${seed}:${counter++}`).digest().subarray(0, n - filled), filled);
    return out;
  };
}

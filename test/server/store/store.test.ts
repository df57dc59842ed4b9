// The store suite: the same tests on PGlite and on a real PostgreSQL 15 server, so the one SQL dialect really
// is one. Migrations, the append-only audit log, intake's idempotence, publishing's list, retention.
import { afterEach, describe, expect, it } from 'vitest';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { acceptReport } from '../../../server/intake/accept-report.ts';
import { reportStatus } from '../../../server/intake/report-status.ts';
import { applyRetention } from '../../../server/privacy/retention.ts';
import { pseudonymiser, senderOf } from '../../../server/privacy/pseudonym.ts';
import { buildNextList } from '../../../server/publish/build-next-list.ts';
import type { Db } from '../../../server/store/db.ts';
import { loadMigrations, migrate, splitStatements } from '../../../server/store/migrate.ts';
import { ENGINES, openTestDb } from '../support/test-databases.ts';
import { reportBody } from '../../../harness/reports.ts';

const DAY = 86_400_000;

describe.each(ENGINES)('store on %s', (engine) => {
  let db: Db | undefined;
  const open = async (): Promise<Db> => (db = await openTestDb(engine));
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('applies every migration once, and again is a no-op', async () => {
    const store = await open();
    const rows = await store.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    expect(await migrate(store)).toEqual([]);
  });

  it('refuses to update, delete or truncate the audit log', async () => {
    const store = await open();
    await store.query(`INSERT INTO audit_log (at, actor, action, subject, reason) VALUES (now(), 'a', 'list', '+31201234567', 'why')`);
    await expect(store.query(`UPDATE audit_log SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(store.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(store.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await store.query<{ reason: string }>('SELECT reason FROM audit_log'))[0]?.reason).toBe('why');
  });

  it('stores a report once: a retry is a duplicate, another body under the same id a conflict', async () => {
    const store = await open();
    const deps = { db: store, now: () => new Date('2026-11-30T12:00:00Z') };
    const body = reportBody({ id: 'aaaaaaaa-0000-4000-8000-000000000001' });
    expect(await acceptReport(deps, body, 'r1')).toEqual({ outcome: 'stored', id: 'aaaaaaaa-0000-4000-8000-000000000001', status: 'received' });
    expect(await acceptReport(deps, body, 'r1')).toEqual({ outcome: 'duplicate', id: 'aaaaaaaa-0000-4000-8000-000000000001', status: 'received' });
    expect(await acceptReport(deps, reportBody({ id: 'aaaaaaaa-0000-4000-8000-000000000001', comment: 'other' }), 'r1')).toEqual({ outcome: 'conflict' });
    expect((await store.query('SELECT id FROM reports'))).toHaveLength(1);
    expect(await store.query('SELECT number, status FROM report_numbers')).toEqual([{ number: '+18445550147', status: 'unknown' }]);
    expect(await reportStatus(store, 'aaaaaaaa-0000-4000-8000-000000000001')).toMatchObject({ status: 'received', reason: null });
  });

  it('keeps a screenshot as PNG bytes, and refuses a body that is not a report', async () => {
    const store = await open();
    const deps = { db: store, now: () => new Date() };
    await acceptReport(deps, reportBody({ id: 'bbbbbbbb-0000-4000-8000-000000000002', screenshot: true }), 'r1');
    const [shot] = await store.query<{ png: Uint8Array }>('SELECT png FROM screenshots');
    expect([...(shot?.png ?? []).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await acceptReport(deps, '{"format":"helpdesk-guard-report"}', 'r1')).toMatchObject({ outcome: 'invalid' });
  });

  it('marks a report about a listed number as listed at once and keeps the number fresh', async () => {
    const store = await open();
    const now = new Date('2026-11-30T12:00:00Z');
    await store.query(
      `INSERT INTO numbers (number, state, source, last_reported_at, decided_at, decided_by) VALUES ('+18445550147', 'listed', 'x', $1, $1, 'm')`,
      [new Date(now.getTime() - 100 * DAY)],
    );
    const result = await acceptReport({ db: store, now: () => now }, reportBody({ id: 'cccccccc-0000-4000-8000-000000000003' }), 'r1');
    expect(result).toMatchObject({ outcome: 'stored', status: 'listed' });
    const [row] = await store.query<{ last_reported_at: Date }>('SELECT last_reported_at FROM numbers');
    expect(row?.last_reported_at.getTime()).toBe(now.getTime());
  });

  it('builds the next list from listed and official numbers, leaving out those not reported within the expiry', async () => {
    const store = await open();
    const now = new Date('2026-11-30T12:00:00Z');
    const add = (number: string, state: string, reported: Date): Promise<unknown> =>
      store.query(
        `INSERT INTO numbers (number, state, brands, organisation, source, first_seen, last_reported_at, decided_at, decided_by)
         VALUES ($1, $2, '["microsoft"]', 'Org', 'src', '2026-11-01', $3, $3, 'm')`,
        [number, state, reported],
      );
    await add('+18445550147', 'listed', new Date(now.getTime() - 10 * DAY));
    await add('+18445550148', 'listed', new Date(now.getTime() - 181 * DAY));
    await add('+31887867372', 'official', now);
    await add('+18445550149', 'rejected', now);
    const next = await buildNextList(store, now, 180, 202611301200);
    const list = parseList(next.json);
    expect(list.entries.map((e) => [e.number, e.brands, e.firstSeen])).toEqual([['+18445550147', ['microsoft'], '2026-11-01']]);
    expect(list.allow.map((a) => a.number)).toEqual(['+31887867372']);
    expect(next.expired).toEqual(['+18445550148']);
  });

  it('pseudonymises addresses with a key of the day: same day same value, another day another', async () => {
    const store = await open();
    let now = new Date('2026-11-30T12:00:00Z');
    let counter = 0;
    const pseudonymise = pseudonymiser({ db: store, now: () => now, randomBytes: (n) => new Uint8Array(n).fill(++counter) });
    const first = await pseudonymise('203.0.113.9');
    expect(first).not.toContain('203');
    expect(await pseudonymise('203.0.113.9')).toBe(first);
    expect(await pseudonymise('203.0.113.10')).not.toBe(first);
    now = new Date('2026-12-01T12:00:00Z');
    expect(await pseudonymise('203.0.113.9')).not.toBe(first);
  });

  it('deletes on the schedule PRIVACY.md states', async () => {
    const store = await open();
    const received = new Date('2026-06-01T12:00:00Z');
    await acceptReport({ db: store, now: () => received }, reportBody({ id: 'dddddddd-0000-4000-8000-000000000004', screenshot: true }), 'r1');
    await store.query(`INSERT INTO reporter_keys (day, key) VALUES ('2026-06-01', '\\x00')`);
    const after = (days: number): Date => new Date(received.getTime() + days * DAY + 1000);
    expect(await applyRetention(store, after(29))).toMatchObject({ screenshots: 0, reports: 0, reporterKeys: 1 });
    expect(await applyRetention(store, after(30))).toMatchObject({ screenshots: 1, reports: 0 });
    expect(await applyRetention(store, after(179))).toMatchObject({ reports: 0 });
    expect(await applyRetention(store, after(180))).toMatchObject({ reports: 1 });
    expect(await store.query('SELECT * FROM report_numbers')).toEqual([]);
  });
});

describe('senders', () => {
  it('count an IPv6 sender by its /64 and an IPv4 sender whole', () => {
    expect(senderOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(senderOf('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(senderOf('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(senderOf('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(senderOf('::1')).toBe('0:0:0:0::/64');
    expect(senderOf('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(senderOf('203.0.113.9')).toBe('203.0.113.9');
    expect(senderOf('2001:db8:1:3::1')).not.toBe(senderOf('2001:db8:1:2::1'));
  });
});

describe('migration scripts', () => {
  it('split into statements outside dollar-quoted bodies', () => {
    const parts = splitStatements('CREATE TABLE a (x int);\n-- note;\nCREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\n');
    expect(parts).toHaveLength(2);
    expect(parts[1]).toContain('RETURN 1;');
  });
});

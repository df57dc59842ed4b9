import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/store/db.ts';
import { checkDecision, type DecisionInput } from '../../../server/moderation/decision-input.ts';
import { decide, type DecisionDeps } from '../../../server/moderation/decisions.ts';
import { loadStaticOfficialNumbers } from '../../../server/moderation/official-numbers.ts';
import { insertReport, openTestDb, reportStatus, testClock } from './support/test-db.ts';

// One database for the file (making one costs about two seconds); each test works on its own number.
let db: Db;
let deps: DecisionDeps;
let counter = 0;
let SCAM = '';

function input(fields: Record<string, string>): DecisionInput {
  const checked = checkDecision(fields);
  if (!checked.ok) throw new Error(checked.problem);
  return checked.decision;
}

async function audit(subject = SCAM): Promise<{ actor: string; action: string; subject: string; reason: string }[]> {
  return db.query('SELECT actor, action, subject, reason FROM audit_log WHERE subject = $1 ORDER BY id', [subject]);
}

async function numberRow(number: string): Promise<Record<string, unknown> | undefined> {
  return (await db.query('SELECT * FROM numbers WHERE number = $1', [number]))[0];
}

beforeAll(async () => {
  db = await openTestDb();
  deps = { db, now: testClock().now, staticOfficial: loadStaticOfficialNumbers() };
});
afterAll(() => db.close());
beforeEach(async () => {
  SCAM = `+1844555${String(++counter).padStart(4, '0')}`;
  await db.query('UPDATE publish_state SET dirty_since = NULL');
});

describe('decisions', () => {
  it('lists a number: its open reports become listed, one audit row, the list is dirty', async () => {
    const a = await insertReport(db, { numbers: [SCAM], reporter: 'r1', receivedAt: new Date('2026-11-20T08:00:00Z') });
    const b = await insertReport(db, { numbers: [SCAM], reporter: 'r2' });
    const c = await insertReport(db, { numbers: [SCAM], reporter: 'r2' });
    const appeal = await insertReport(db, { numbers: [SCAM], kind: 'false-positive' });
    const outcome = await decide(deps, 'user:alice', input({ action: 'list', number: SCAM, brand: 'microsoft', reason: 'lock screen kit' }));
    expect(outcome).toEqual({ ok: true, reports: 3 });
    for (const id of [a, b, c]) expect(await reportStatus(db, id)).toEqual({ status: 'listed', reason: null });
    expect((await reportStatus(db, appeal)).status).toBe('received');
    const row = await numberRow(SCAM);
    expect(row).toMatchObject({ state: 'listed', brands: ['microsoft'], decided_by: 'user:alice', source: 'Helpdesk Guard reports (2 reporters), reviewed 2026-11-30' });
    expect(String(row?.first_seen)).toContain('2026');
    expect(await audit()).toEqual([{ actor: 'user:alice', action: 'list', subject: SCAM, reason: 'lock screen kit' }]);
    const [state] = await db.query<{ dirty_since: Date }>('SELECT dirty_since FROM publish_state');
    expect(new Date(state!.dirty_since).toISOString()).toBe('2026-11-30T12:00:00.000Z');
  });

  it('keeps the first dirty time when decisions follow each other', async () => {
    await db.query("UPDATE publish_state SET dirty_since = '2026-11-30T11:59:00Z'");
    await decide(deps, 'user:alice', input({ action: 'reject', number: SCAM, reason: 'no scam' }));
    const [state] = await db.query<{ dirty_since: Date }>('SELECT dirty_since FROM publish_state');
    expect(new Date(state!.dirty_since).toISOString()).toBe('2026-11-30T11:59:00.000Z');
  });

  it('rejects a number: reports not-listed/rejected, number rejected, but never un-lists', async () => {
    const id = await insertReport(db, { numbers: [SCAM] });
    await decide(deps, 'user:bob', input({ action: 'reject', number: SCAM, reason: 'a real shop' }));
    expect(await reportStatus(db, id)).toEqual({ status: 'not-listed', reason: 'rejected' });
    expect((await numberRow(SCAM))?.state).toBe('rejected');
    await decide(deps, 'user:bob', input({ action: 'list', number: SCAM, brand: 'apple', reason: 'changed my mind' }));
    const later = await insertReport(db, { numbers: [SCAM] });
    const appeal = await insertReport(db, { numbers: [SCAM], kind: 'false-positive' });
    await decide(deps, 'user:bob', input({ action: 'reject', number: SCAM, reason: 'duplicate' }));
    expect((await numberRow(SCAM))?.state).toBe('listed');
    expect(await reportStatus(db, later)).toEqual({ status: 'not-listed', reason: 'rejected' });
    expect((await reportStatus(db, appeal)).status).toBe('received');
  });

  it('rejects one report only', async () => {
    const one = await insertReport(db, { numbers: [SCAM] });
    const other = await insertReport(db, { numbers: [SCAM] });
    expect(await decide(deps, 'user:bob', input({ action: 'reject-report', report: one, reason: 'test page' }))).toEqual({ ok: true, reports: 1 });
    expect((await reportStatus(db, one)).reason).toBe('rejected');
    expect((await reportStatus(db, other)).status).toBe('received');
    expect(await decide(deps, 'user:bob', input({ action: 'reject-report', report: one, reason: 'again' }))).toEqual({ ok: false, error: 'not-open' });
    expect(await decide(deps, 'user:bob', input({ action: 'reject-report', report: 'nope', reason: 'x' }))).toEqual({ ok: false, error: 'unknown-report' });
    expect((await audit(one)).length).toBe(1);
  });

  it('marks a number official, and refuses to list it until it is removed', async () => {
    const id = await insertReport(db, { numbers: [SCAM] });
    await decide(deps, 'user:carol', input({ action: 'official', number: SCAM, organisation: 'Contoso Bank fraud desk', reason: 'their site lists it' }));
    expect(await reportStatus(db, id)).toEqual({ status: 'not-listed', reason: 'official-number' });
    expect(await numberRow(SCAM)).toMatchObject({ state: 'official', organisation: 'Contoso Bank fraud desk' });
    expect(await decide(deps, 'user:carol', input({ action: 'list', number: SCAM, brand: 'microsoft', reason: 'x' }))).toEqual({ ok: false, error: 'official-number' });
    expect((await numberRow(SCAM))?.state).toBe('official');
    await decide(deps, 'user:carol', input({ action: 'remove', number: SCAM, reason: 'desk closed' }));
    expect((await decide(deps, 'user:carol', input({ action: 'list', number: SCAM, brand: 'microsoft', reason: 'x' }))).ok).toBe(true);
  });

  it('refuses to list a number on the allow list or among the official channels', async () => {
    expect(await decide(deps, 'user:carol', input({ action: 'list', number: '+31887867372', brand: 'microsoft', reason: 'x' }))).toEqual({ ok: false, error: 'on-allow-list' });
    expect(await decide(deps, 'user:carol', input({ action: 'list', number: '+443001232040', brand: 'microsoft', reason: 'x' }))).toEqual({ ok: false, error: 'on-allow-list' });
    expect(await numberRow('+31887867372')).toBeUndefined();
    expect(await audit('+31887867372')).toEqual([]);
  });

  it('removes a listed number: its appeals and the reports that listed it become not-listed/removed', async () => {
    const scamReport = await insertReport(db, { numbers: [SCAM] });
    await decide(deps, 'user:dan', input({ action: 'list', number: SCAM, brand: 'microsoft', reason: 'scam' }));
    expect(await reportStatus(db, scamReport)).toEqual({ status: 'listed', reason: null });
    const appeal = await insertReport(db, { numbers: [SCAM], kind: 'false-positive' });
    expect(await decide(deps, 'user:dan', input({ action: 'remove', number: SCAM, reason: 'number reassigned to a plumber' }))).toEqual({ ok: true, reports: 2 });
    expect(await reportStatus(db, appeal)).toEqual({ status: 'not-listed', reason: 'removed' });
    expect(await reportStatus(db, scamReport)).toEqual({ status: 'not-listed', reason: 'removed' });
    expect((await numberRow(SCAM))?.state).toBe('removed');
    expect(await decide(deps, 'user:dan', input({ action: 'remove', number: SCAM, reason: 'again' }))).toEqual({ ok: false, error: 'not-on-list' });
  });

  it('turns an appeal down: the appeal reports become listed', async () => {
    await insertReport(db, { numbers: [SCAM] });
    await decide(deps, 'user:dan', input({ action: 'list', number: SCAM, brand: 'microsoft', reason: 'scam' }));
    const appeal = await insertReport(db, { numbers: [SCAM], kind: 'false-positive' });
    await decide(deps, 'user:dan', input({ action: 'keep', number: SCAM, reason: 'still a scam' }));
    expect(await reportStatus(db, appeal)).toEqual({ status: 'listed', reason: null });
  });

  it('rejects a report that names no number, and only such a report', async () => {
    const bare = await insertReport(db, { numbers: [] });
    const withNumber = await insertReport(db, { numbers: [SCAM] });
    expect(await decide(deps, 'user:eve', input({ action: 'reject-no-number', report: withNumber, reason: 'x' }))).toEqual({ ok: false, error: 'report-has-number' });
    await decide(deps, 'user:eve', input({ action: 'reject-no-number', report: bare, reason: 'nothing to list' }));
    expect(await reportStatus(db, bare)).toEqual({ status: 'not-listed', reason: 'no-number' });
  });
});

describe('checkDecision', () => {
  it.each([
    [{ action: 'list', number: '+18445550147', brand: 'microsoft' }, 'missing-reason'],
    [{ action: 'list', number: '+18445550147', brand: 'microsoft', reason: '   ' }, 'missing-reason'],
    [{ action: 'list', number: '+18445550147', brand: 'microsoft', reason: 'x'.repeat(1001) }, 'reason-too-long'],
    [{ action: 'list', number: '+18445550147', brand: 'contoso', reason: 'x' }, 'invalid-brand'],
    [{ action: 'list', number: '0612345678', brand: 'microsoft', reason: 'x' }, 'invalid-number'],
    [{ action: 'delete', number: '+18445550147', reason: 'x' }, 'invalid-action'],
    [{ action: 'official', number: '+18445550147', reason: 'x' }, 'invalid-organisation'],
    [{ action: 'reject', number: '+18445550147', reason: 'a\u0000b' }, 'missing-reason'],
    [{ action: 'reject-report', reason: 'x' }, 'invalid-report'],
  ])('%o → %s', (fields, problem) => {
    expect(checkDecision(fields)).toEqual({ ok: false, problem });
  });
});

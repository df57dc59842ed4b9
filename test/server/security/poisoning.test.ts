/**
 * Poisoning the list: one client sending many reports about a real company's number, each with a fresh id,
 * counts as one reporter, is rate-limited, sees the number shown as official to reviewers, and cannot get
 * it listed; nothing reaches the published list without a reviewer's decision (or a trusted partner's).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { reportBody } from '../../../harness/reports.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { addAccount, FORM, form, loggedIn, type TestApp as ModerationTestApp } from '../moderation/support/test-app.ts';

/** Microsoft's consumer support line in the US (lists/allow.csv). */
const REAL_COMPANY = '+18006427676';
const UNKNOWN = '+18445550199';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const reportFrom = (app: TestApp, remoteAddress: string, id: string, number: string) =>
  app.app.inject({ method: 'POST', url: '/v1/reports', remoteAddress, headers: { 'content-type': 'application/json' }, payload: reportBody({ id, numbers: [number] }) });

const id = (n: number): string => `0000${String(n).padStart(4, '0')}-0000-4000-8000-000000000000`;

function asModerationApp(app: TestApp): ModerationTestApp {
  let counter = 1;
  return {
    app: app.app, db: app.db, clock: { now: () => app.time, advance: (ms: number) => void (app.time = new Date(app.time.getTime() + ms)) },
    randomBytes: (n: number) => new Uint8Array(n).map(() => (counter++ * 53) & 0xff), publisher: undefined as never, secrets: app.secrets,
  };
}

describe('poisoning', () => {
  it('one client with fresh ids is one reporter, rate-limited, and a real company number stays official', async () => {
    t = await startTestApp({ reportBurst: 5, reportsPerHour: 10 });
    const answers = [];
    for (let n = 0; n < 20; n++) answers.push((await reportFrom(t, '203.0.113.50', id(n), REAL_COMPANY)).statusCode);
    expect(answers.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(answers.slice(5).every((s) => s === 429)).toBe(true);
    const [{ reporters } = { reporters: -1 }] = await t.db.query<{ reporters: number }>(
      `SELECT count(DISTINCT r.reporter)::int AS reporters FROM reports r JOIN report_numbers n ON n.report_id = r.id WHERE n.number = $1`, [REAL_COMPANY],
    );
    expect(reporters).toBe(1);

    const m = asModerationApp(t);
    await addAccount(m, 'mod', 'moderator');
    const { cookie, csrf } = await loggedIn(m, 'mod');
    const page = await t.app.inject({ method: 'GET', url: `/moderate/numbers/${encodeURIComponent(REAL_COMPANY)}`, headers: { cookie } });
    expect(page.body).toContain('Microsoft');
    expect(page.body).toMatch(/official/i);
    const queue = await t.app.inject({ method: 'GET', url: '/moderate/queue', headers: { cookie } });
    expect(queue.body).toMatch(/official/i);
    const listing = await t.app.inject({
      method: 'POST', url: '/moderate/decide', headers: { ...FORM, cookie },
      payload: form({ csrf, action: 'list', number: REAL_COMPANY, brand: 'microsoft', reason: 'many reports' }),
    });
    // The page answers with the refusal as a notice; what counts is that nothing changed.
    expect(listing.statusCode).toBe(303);
    expect((await t.db.query(`SELECT state FROM numbers WHERE number = $1 AND state = 'listed'`, [REAL_COMPANY]))).toEqual([]);
    expect((await t.db.query(`SELECT id FROM audit_log WHERE action = 'list'`))).toEqual([]);
  });

  it('nothing reaches the list without a decision, however many distinct clients report it', async () => {
    t = await startTestApp();
    for (let n = 0; n < 40; n++) expect((await reportFrom(t, `198.51.100.${n + 1}`, id(n), UNKNOWN)).statusCode).toBe(202);
    await t.publisher.publish();
    const list = parseList((await t.app.inject({ method: 'GET', url: '/v1/list.json' })).body);
    expect(list.entries.map((e) => e.number)).not.toContain(UNKNOWN);
    const [{ reporters } = { reporters: -1 }] = await t.db.query<{ reporters: number }>(
      `SELECT count(DISTINCT r.reporter)::int AS reporters FROM reports r JOIN report_numbers n ON n.report_id = r.id WHERE n.number = $1`, [UNKNOWN],
    );
    expect(reporters).toBe(40);
  });
});

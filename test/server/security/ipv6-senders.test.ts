/**
 * IPv6 senders in the review of the report service: one customer line gets a whole /64, so keyed on the full
 * address one sender is a new reporter and a fresh rate-limit bucket for every address of its own prefix.
 * Over HTTP, through intake: the rate limit and the distinct-reporter count both see one /64 as one sender.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportBody } from '../../../harness/reports.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ reportsPerHour: 2, reportBurst: 2 });
});
afterAll(async () => {
  await t.close();
});

const JSON_HEADERS = { 'content-type': 'application/json' };

describe('IPv6 senders', () => {
  // One customer line gets a whole /64 (2^64 addresses). Keyed on the full address, one sender is a new
  // reporter and a fresh rate-limit bucket for every address it picks from its own prefix.
  it('counts one /64 as one sender for rate limiting', async () => {
    const codes: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const response = await t.app.inject({
        method: 'POST', url: '/v1/reports', remoteAddress: `2001:db8:5:6::${i}`, headers: JSON_HEADERS, payload: reportBody({ id: `ipv6-rate-${i}-xx` }),
      });
      codes.push(response.statusCode);
    }
    expect(codes).toEqual([202, 202, 429, 429]);
  });

  it('counts one /64 as one distinct reporter', async () => {
    for (let i = 1; i <= 2; i++) {
      await t.app.inject({
        method: 'POST', url: '/v1/reports', remoteAddress: `2001:db8:7:8:${i}::1`, headers: JSON_HEADERS,
        payload: reportBody({ id: `ipv6-count-${i}-xx`, numbers: ['+18005550199'] }),
      });
    }
    const [row] = await t.db.query<{ n: number }>(
      "SELECT count(DISTINCT r.reporter)::int AS n FROM reports r JOIN report_numbers rn ON rn.report_id = r.id WHERE rn.number = '+18005550199'",
    );
    expect(row?.n).toBe(1);
  });
});

/**
 * Problems the security review found at the service's edge (server/app.ts, server/http/, server/intake/):
 * reports from web pages' scripts, errors the router raises before any hook, JSON answers without a CSP.
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

describe('reports sent by web pages', () => {
  // A page's script could make every visitor's browser send a report: each visitor is a new address, so a
  // number (a real company's, say) gains as many "distinct reporters" as the page has visitors. The extension
  // sends with its host permission, so CORS is not needed for it (docs/report-format.md).
  it('does not let a web origin pass the CORS preflight for POST /v1/reports', async () => {
    const response = await t.app.inject({
      method: 'OPTIONS', url: '/v1/reports',
      headers: { origin: 'https://scam.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a report whose Origin is a web page', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/v1/reports', remoteAddress: '198.51.100.10',
      headers: { ...JSON_HEADERS, origin: 'https://scam.example' }, payload: reportBody({ id: 'web-origin-0001' }),
    });
    expect(response.statusCode).toBe(403);
  });

  it('still takes a report from the extension (its Origin, or none)', async () => {
    for (const [i, origin] of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0b6f5a7e-1111-2222-3333-444455556666', undefined].entries()) {
      const response = await t.app.inject({
        method: 'POST', url: '/v1/reports', remoteAddress: `198.51.100.${20 + i}`,
        headers: { ...JSON_HEADERS, ...(origin ? { origin } : {}) }, payload: reportBody({ id: `extension-origin-${i}` }),
      });
      expect(response.statusCode).toBe(202);
    }
  });
});

describe('errors the router raises itself', () => {
  // A malformed or over-long path is answered by Fastify's router before any hook: no nosniff, no
  // X-Frame-Options, no CSP, and the body repeats the path the sender chose.
  it.each(['/moderate/numbers/%ZZ%3Cscript%3E', `/v1/reports/${'a'.repeat(200)}`])('answers %s with the security headers and without echoing the path', async (url) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).not.toContain('%ZZ');
    expect(response.body).not.toContain('aaaaaaaaaa');
  });
});

describe('JSON answers', () => {
  // Not exploitable alone (nosniff and a JSON type), but a CSP that forbids everything costs nothing and keeps
  // an answer that echoes sender text (a 400's detail) inert if it is ever opened as a document.
  it('carry a Content-Security-Policy that allows nothing', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/reports/unknown-id-0001' });
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });
});

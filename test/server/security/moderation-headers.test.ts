/**
 * The moderation pages' headers on every kind of answer under /moderate/, including paths no route matches:
 * those were answered by the API's JSON 404 without the pages' Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../../server/moderation/web/security-headers.ts';
import { startTestApp, type TestApp } from '../moderation/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.close();
  await t.db.close();
});

describe('headers under /moderate/', () => {
  it.each(['/moderate/nope', '/moderate/numbers/+31612345678/extra', '/moderate/static/other.css', '/moderate/static/..%2f..%2fpackage.json'])(
    'answers %s as a page with the CSP, not as the API',
    async (url) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.body).not.toContain('"name"');
    },
  );

  it.each(['/moderate/static/../../package.json', '/moderate/static/%2e%2e/%2e%2e/package.json', '/moderate/screenshots/..%2f..%2fpackage.json'])(
    'serves no file outside the stylesheet for %s',
    async (url) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('"devDependencies"');
    },
  );

  it('still answers the API\'s unknown paths as JSON', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('asks browsers to use HTTPS only for the moderation pages', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/moderate/login' });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
